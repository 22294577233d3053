namespace Workbench.Notebooks.Engine;

/// <summary>
/// How a <see cref="ScriptSession"/> is set up: where relative paths resolve, extra assemblies and namespaces, where
/// restored NuGet packages are cached, and how <c>Console.ReadLine</c> gets its input.
/// </summary>
/// <example><c>new SessionOptions { WorkingDirectory = notebookFolder, ReadInput = (prompt, password) =&gt; "yes" }</c></example>
public sealed record SessionOptions
{
    /// <summary>The folder <c>#r</c>, <c>#load</c> and relative paths resolve against; defaults to the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Paths of extra assemblies every cell can use (e.g. the news library, added by the command line).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Extra namespaces imported into every cell.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>Where <c>#r "nuget:"</c> restores are cached; defaults to <c>$XDG_CACHE_HOME/workbench/packages</c>.</summary>
    public string? PackageCacheDirectory { get; init; }

    /// <summary>
    /// Answers <c>Console.ReadLine()</c> and the <c>input(prompt, password)</c> global during a submission: given the
    /// prompt and whether the answer is a password, returns the line (null = end of input). Null = no input.
    /// </summary>
    public Func<string, bool, string?>? ReadInput { get; init; }

    /// <summary>How long an interrupted cell gets to stop on its own before it is abandoned (default 2 s).</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(2);
}
