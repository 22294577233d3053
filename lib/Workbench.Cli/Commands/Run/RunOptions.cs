namespace Workbench.Cli.Commands.Run;

/// <summary>What <c>workbench run</c> was asked to do.</summary>
/// <param name="Paths">Notebook files or folders (searched recursively for .ipynb and .dib).</param>
/// <param name="OutputDirectory">Where executed notebooks go (-o); null = next to each input as <c>name.executed.ipynb</c>.</param>
/// <param name="Parameters">-p name=value pairs.</param>
/// <param name="Html">--html FILE: one report page for all executed notebooks, or null.</param>
/// <param name="AllowErrors">Run all cells even after a failure.</param>
/// <param name="CellTimeout">The per-cell timeout.</param>
/// <param name="InPlace">Overwrite the input notebooks with the executed ones.</param>
internal sealed record RunOptions(
    IReadOnlyList<string> Paths, string? OutputDirectory, IReadOnlyDictionary<string, string> Parameters, string? Html,
    bool AllowErrors, TimeSpan CellTimeout, bool InPlace);
