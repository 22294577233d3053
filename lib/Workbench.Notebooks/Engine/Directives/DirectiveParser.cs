using System.Text.RegularExpressions;

namespace Workbench.Notebooks.Engine.Directives;

/// <summary>
/// The one directive parser (runner, kernel and command line): <c>#r "nuget: Name, Version"</c>, <c>#i "nuget: source"</c>,
/// <c>#r "path.dll"</c>, <c>#load "file.csx"</c> and <c>#!kernel</c> selectors. Pure; never touches disk or network.
/// </summary>
/// <example><c>DirectiveParser.Parse("#r \"nuget: Humanizer.Core, 3.0.10\"\n\"x\".Humanize()").Packages</c></example>
public static partial class DirectiveParser
{
    /// <summary>Kernel names a <c>#!</c> line may select, with their aliases.</summary>
    public static IReadOnlyDictionary<string, string> Kernels { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "csharp", ["c#"] = "csharp", ["markdown"] = "markdown", ["md"] = "markdown", ["html"] = "html",
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["pwsh"] = "pwsh", ["powershell"] = "pwsh", ["javascript"] = "javascript",
        ["js"] = "javascript", ["mermaid"] = "mermaid", ["sql"] = "sql", ["kql"] = "kql", ["http"] = "http", ["value"] = "value",
    };

    /// <summary>Parses one cell.</summary>
    /// <param name="source">The cell text.</param>
    /// <param name="kernel">The kernel when the cell names none (the notebook's or the cell's metadata).</param>
    /// <returns>The code, kernel and directives.</returns>
    public static ParsedCell Parse(string source, string kernel = "csharp")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(kernel);
        var lines = source.Split('\n');
        var directives = new List<Directive>();
        var errors = new List<(int, string)>();
        var seenCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            var number = i + 1;
            if (text.StartsWith("#!", StringComparison.Ordinal) && !seenCode)
            {
                var name = text[2..].Trim();
                if (Kernels.TryGetValue(name, out var canonical)) directives.Add(new KernelDirective(kernel = canonical, number));
                else directives.Add(new UnsupportedDirective(text, number));
                lines[i] = "";
                continue;
            }
            if (kernel != "csharp") continue;
            if (Quoted().Match(text) is { Success: true } m)
            {
                var (verb, argument) = (m.Groups["verb"].Value, m.Groups["arg"].Value.Trim());
                var nuget = argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase);
                var value = nuget ? argument["nuget:".Length..].Trim() : argument;
                Directive? directive = (verb, nuget) switch
                {
                    ("r", true) => ParsePackage(value, number, errors),
                    ("i", true) => value.Length > 0 ? new PackageSourceDirective(value, number) : Error(errors, number, "#i \"nuget:\" needs a source"),
                    ("r", false) => new AssemblyReferenceDirective(value, number),
                    ("load", _) => new LoadDirective(value, number),
                    _ => Error(errors, number, $"#{verb} \"{argument}\" is not supported"),
                };
                if (directive is not null) directives.Add(directive);
                if (nuget || verb == "i") lines[i] = "";
                continue;
            }
            if (text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal)) seenCode = true;
        }
        var code = kernel == "csharp" ? string.Join('\n', lines) : string.Join('\n', lines.SkipWhile(l => l.Trim().Length == 0));
        return new ParsedCell(code, kernel, directives, errors);
    }

    private static PackageReferenceDirective? ParsePackage(string value, int line, List<(int, string)> errors)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || parts[0].Contains(' ', StringComparison.Ordinal))
        {
            return Error(errors, line, $"'{value}' is not 'Name' or 'Name, Version'");
        }
        return new PackageReferenceDirective(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null, line);
    }

    private static PackageReferenceDirective? Error(List<(int, string)> errors, int line, string message)
    {
        errors.Add((line, message));
        return null;
    }

    [GeneratedRegex("""^#(?<verb>r|i|load)\s+"(?<arg>[^"]*)"\s*$""")]
    private static partial Regex Quoted();
}
