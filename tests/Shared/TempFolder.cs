using System.Text;

namespace Workbench.Testing;

/// <summary>A fresh temporary folder for one test, deleted on dispose: tests never share files. Linked into the test
/// projects that write files.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("wb-test-").FullName;

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> (making its folders) and returns the full path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var full = this[name];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Copies the files of <paramref name="folder"/> that match <paramref name="pattern"/> (not its sub-folders),
    /// except those <paramref name="skip"/> names, into this folder; returns this folder.</summary>
    public TempFolder CopyFrom(string folder, string pattern = "*", params string[] skip)
    {
        foreach (var file in Directory.GetFiles(folder, pattern))
        {
            if (!skip.Contains(System.IO.Path.GetFileName(file)))
            {
                File.Copy(file, this[System.IO.Path.GetFileName(file)]);
            }
        }
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM and returns the full path.</summary>
    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temporary folder is the system's to clean.
        }
    }
}
