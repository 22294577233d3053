using Workbench.Notebooks.Diagnostics;

namespace Workbench.Notebooks.Documents;

/// <summary>
/// Reads and writes notebooks as <c>.ipynb</c> (nbformat 4.5 with Polyglot metadata) or <c>.dib</c>, choosing the
/// codec by extension. Writes go to a temporary file that is then renamed, so a crash never leaves half a notebook.
/// </summary>
/// <example><c>var nb = NotebookFile.Read("a.dib"); NotebookFile.Write(nb, "a.ipynb");</c></example>
public static class NotebookFile
{
    /// <summary>Reads a notebook file.</summary>
    /// <param name="path">A <c>.ipynb</c> or <c>.dib</c> file.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="NotebookFormatException">The file is not a notebook (WB100–WB102).</exception>
    public static Notebook Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), FormatOf(path), path);
    }

    /// <summary>Parses notebook text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="format">The format.</param>
    /// <param name="file">The file name for diagnostics, if any.</param>
    /// <returns>The notebook.</returns>
    public static Notebook Parse(string text, NotebookFormat format, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return format == NotebookFormat.Dib ? DibCodec.Read(text, file) : IpynbReader.Read(text, file);
    }

    /// <summary>Serialises a notebook to text.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="format">The format.</param>
    /// <returns>The file content.</returns>
    public static string Serialize(Notebook notebook, NotebookFormat format)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return format == NotebookFormat.Dib ? DibCodec.Write(notebook) : IpynbWriter.Write(notebook);
    }

    /// <summary>Writes a notebook through a temporary file in the same folder, then renames it into place.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="path">The target; its extension picks the format.</param>
    public static void Write(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrEmpty(path);
        WriteAtomically(path, Serialize(notebook, FormatOf(path)));
    }

    /// <summary>Writes text through a temporary file then a rename (used for notebooks and reports).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="text">The content, written as UTF-8 without a byte order mark.</param>
    public static void WriteAtomically(string path, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>The format a path's extension names.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="NotebookFormatException">The extension is neither .ipynb nor .dib (WB102).</exception>
    public static NotebookFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ipynb" => NotebookFormat.Ipynb,
        ".dib" => NotebookFormat.Dib,
        var ext => throw new NotebookFormatException(new NotebookDiagnostic(
            DiagnosticCodes.UnknownExtension, $"'{ext}' is not a notebook extension (.ipynb or .dib)", path)),
    };
}

/// <summary>The notebook file formats.</summary>
public enum NotebookFormat
{
    /// <summary>Jupyter nbformat 4.5 JSON.</summary>
    Ipynb,
    /// <summary>The Polyglot Notebooks plain-text format.</summary>
    Dib,
}
