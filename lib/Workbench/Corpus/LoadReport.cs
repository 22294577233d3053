using Workbench.Diagnostics;

namespace Workbench.Corpus;

/// <summary>
/// What a load did: how many files and articles it read, how long it took, and every problem it met — one coded
/// <see cref="Diagnostic"/> per file or JSONL line that could not be loaded, and warnings about guesses it made.
/// </summary>
/// <param name="Path">The file or folder that was loaded, as given.</param>
/// <param name="Files">The article files found (supported kinds).</param>
/// <param name="Articles">The articles loaded.</param>
/// <param name="Bytes">The bytes read.</param>
/// <param name="Elapsed">How long the load took.</param>
/// <param name="Diagnostics">The problems, in file order.</param>
public sealed record LoadReport(string Path, int Files, int Articles, long Bytes, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The problems that kept a file or line from loading.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings: things that loaded but deserve a look.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Whether anything failed to load.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Megabytes (10⁶ bytes) read per second.</summary>
    public double MegabytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Articles loaded per second.</summary>
    public double ArticlesPerSecond => Elapsed > TimeSpan.Zero ? Articles / Elapsed.TotalSeconds : 0;
}
