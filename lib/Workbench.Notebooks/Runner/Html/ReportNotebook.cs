using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Runner.Html;

/// <summary>One notebook of an HTML report, with the title shown in the page's table of contents.</summary>
/// <param name="Title">The title (e.g. the file name).</param>
/// <param name="Notebook">The executed notebook.</param>
public sealed record ReportNotebook(string Title, Notebook Notebook);
