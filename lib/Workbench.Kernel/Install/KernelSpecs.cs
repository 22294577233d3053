using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workbench.Kernel.Install;

/// <summary>
/// Writes and removes the kernelspec folders Jupyter, nbconvert and VS Code look in: <c>kernel.json</c> (the command that
/// starts the kernel, display name "C# (Workbench)", language "C#", <c>interrupt_mode: "message"</c>) and two logos.
/// Never sets <c>metadata.vscode.extension_id</c>: VS Code hides kernels that carry one.
/// </summary>
/// <example><code>KernelSpecs.Install(KernelSpecs.UserKernelsFolder(), KernelSpecs.DefaultName, ["dotnet", "workbench.dll", "kernel", "--connection-file", "{connection_file}"]);</code></example>
public static class KernelSpecs
{
    /// <summary>The kernelspec name used unless told otherwise.</summary>
    public const string DefaultName = "workbench-csharp";

    /// <summary>The name .NET Interactive registered; notebooks written by Polyglot Notebooks ask for it.</summary>
    public const string DotnetInteractiveName = ".net-csharp";

    /// <summary>The display name front ends show in their kernel pickers.</summary>
    public const string DisplayName = "C# (Workbench)";

    /// <summary>The user's kernels folder: <c>$JUPYTER_DATA_DIR/kernels</c>, else the platform's Jupyter data folder.</summary>
    /// <returns>The folder path (it may not exist yet).</returns>
    public static string UserKernelsFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } data)
        {
            return Path.Combine(data, "kernels");
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        }
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter", "kernels");
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
        return Path.Combine(xdg, "jupyter", "kernels");
    }

    /// <summary>The kernels folder under an installation prefix, as <c>jupyter kernelspec install --prefix</c> uses.</summary>
    /// <param name="prefix">The prefix, e.g. a virtual environment or a temporary folder put on <c>JUPYTER_PATH</c>.</param>
    /// <returns><c>PREFIX/share/jupyter/kernels</c>.</returns>
    public static string PrefixKernelsFolder(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
    }

    /// <summary>Writes the kernelspec <paramref name="name"/> into <paramref name="kernelsFolder"/>.</summary>
    /// <param name="kernelsFolder">A Jupyter <c>kernels</c> folder.</param>
    /// <param name="name">The kernelspec name (letters, digits, <c>.</c>, <c>-</c>, <c>_</c>).</param>
    /// <param name="argv">The command that starts the kernel; must contain <c>{connection_file}</c>.</param>
    /// <returns>The kernelspec folder written.</returns>
    public static string Install(string kernelsFolder, string name, IReadOnlyList<string> argv)
    {
        ArgumentException.ThrowIfNullOrEmpty(kernelsFolder);
        ArgumentNullException.ThrowIfNull(argv);
        CheckName(name);
        if (!argv.Any(a => a.Contains("{connection_file}", StringComparison.Ordinal)))
        {
            throw new ArgumentException(KernelDiagnostics.Format(KernelDiagnostics.KernelSpecFailed, "argv must contain {connection_file}"), nameof(argv));
        }
        var folder = Path.Combine(kernelsFolder, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), KernelJson(argv, name == DotnetInteractiveName));
        File.WriteAllBytes(Path.Combine(folder, "logo-32x32.png"), PngLogo.Create(32));
        File.WriteAllBytes(Path.Combine(folder, "logo-64x64.png"), PngLogo.Create(64));
        return folder;
    }

    /// <summary>Removes the kernelspec <paramref name="name"/> if Workbench wrote it; another kernel's spec is left alone.</summary>
    /// <param name="kernelsFolder">A Jupyter <c>kernels</c> folder.</param>
    /// <param name="name">The kernelspec name.</param>
    /// <returns>True when a Workbench kernelspec was removed.</returns>
    public static bool Uninstall(string kernelsFolder, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(kernelsFolder);
        CheckName(name);
        var folder = Path.Combine(kernelsFolder, name);
        if (!IsWorkbenchSpec(folder))
        {
            return false;
        }
        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>True when <paramref name="folder"/> holds a kernelspec written by Workbench.</summary>
    /// <param name="folder">A kernelspec folder.</param>
    /// <returns>Whether its kernel.json carries Workbench's marker.</returns>
    public static bool IsWorkbenchSpec(string folder)
    {
        var file = Path.Combine(folder, "kernel.json");
        if (!File.Exists(file))
        {
            return false;
        }
        try
        {
            return JsonNode.Parse(File.ReadAllText(file))?["metadata"]?["workbench"] is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static string KernelJson(IReadOnlyList<string> argv, bool forDotnetInteractive)
    {
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(argv.Select(a => (JsonNode)a).ToArray()),
            ["display_name"] = forDotnetInteractive ? ".NET (C#) — Workbench" : DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["env"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["debugger"] = false, ["workbench"] = new JsonObject { ["kernel"] = "workbench" } },
        };
        return spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') || name is "." or "..")
        {
            throw new ArgumentException(KernelDiagnostics.Format(KernelDiagnostics.KernelSpecFailed, $"'{name}' is not a valid kernelspec name"), nameof(name));
        }
    }
}
