namespace Workbench.Cli.Commands.Export;

/// <summary>What <c>workbench export</c> was asked to do.</summary>
/// <param name="Notebooks">The executed notebooks, in page order.</param>
/// <param name="Html">The HTML file to write.</param>
internal sealed record ExportOptions(IReadOnlyList<string> Notebooks, string Html);
