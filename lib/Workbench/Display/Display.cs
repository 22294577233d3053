using Microsoft.DotNet.Interactive.Formatting;
using Workbench.Tagging;

namespace Workbench;

/// <summary>
/// Notebook display of Workbench values: a tagged article (<see cref="Document"/>) shows as its text with the spans
/// highlighted by type, the canonical entity on hover (the displaCy idea).
/// </summary>
/// <remarks>Formatters are registered in one explicit call, harmless twice, never from a static constructor.</remarks>
public static class Display
{
    private static readonly Lock s_gate = new();
    private static bool s_registered;

    /// <summary>Registers the HTML formatters with <c>Microsoft.DotNet.Interactive.Formatting</c>; later calls do nothing.</summary>
    /// <example><c>Display.Register(); tags.Documents[0]</c> — the cell shows the highlighted article.</example>
    public static void Register()
    {
        lock (s_gate)
        {
            if (s_registered)
            {
                return;
            }
            Formatter.Register<Document>((document, writer) => writer.Write(document.ToHtml()), "text/html");
            s_registered = true;
        }
    }

    /// <summary>The article as HTML with its people, countries, organisations, places, dates, ranks and positions marked.</summary>
    /// <param name="document">A tagged article.</param>
    /// <returns>An HTML fragment (a <c>div</c>); each mark's <c>title</c> names the canonical entity.</returns>
    /// <example><c>File.WriteAllText("article.html", Tagger.Tag(article).ToHtml())</c></example>
    public static string ToHtml(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TaggedArticleHtml.Render(document);
    }
}
