using System.Net;
using System.Text;
using Workbench.Knowledge;
using Workbench.Tagging;

namespace Workbench;

/// <summary>Renders a tagged article as HTML: entity spans (non-overlapping, longest first) as coloured marks.</summary>
internal static class TaggedArticleHtml
{
    private static readonly Dictionary<string, string> s_colours = new(StringComparer.Ordinal)
    {
        [KnowledgeLabels.Person] = "#aa9cfc",
        [KnowledgeLabels.Country] = "#feca74",
        [KnowledgeLabels.Organization] = "#7aecec",
        [KnowledgeLabels.Place] = "#ff9561",
        [KnowledgeLabels.Date] = "#bfe1d9",
        [KnowledgeLabels.Rank] = "#c887fb",
        [KnowledgeLabels.Position] = "#e4e7d2",
    };

    public static string Render(Document document)
    {
        var body = document.Article.Body;
        var spans = NonOverlapping(document.Spans.Where(s => s_colours.ContainsKey(s.Label)));
        var html = new StringBuilder("<div class=\"wb-tagged\" style=\"line-height:2.2;white-space:pre-wrap;font-family:sans-serif\">");
        if (document.Article.Title is { } title)
        {
            html.Append("<h3>").Append(WebUtility.HtmlEncode(title)).Append("</h3>");
        }
        var at = 0;
        foreach (var s in spans)
        {
            html.Append(WebUtility.HtmlEncode(body[at..s.Start]));
            html.Append($"<mark class=\"wb-{s.Label}\" title=\"{WebUtility.HtmlEncode(s.Id)}\" style=\"background:{s_colours[s.Label]};padding:0.2em 0.35em;border-radius:0.3em\">")
                .Append(WebUtility.HtmlEncode(body[s.Start..s.End]))
                .Append($"<span style=\"font-size:0.7em;font-weight:bold;margin-left:0.4em\">{s.Label.ToUpperInvariant()}</span></mark>");
            at = s.End;
        }
        html.Append(WebUtility.HtmlEncode(body[at..])).Append("</div>");
        return html.ToString();
    }

    private static List<Span> NonOverlapping(IEnumerable<Span> spans)
    {
        var kept = new List<Span>();
        foreach (var s in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
        {
            if (!kept.Exists(k => k.Start < s.End && s.Start < k.End))
            {
                kept.Add(s);
            }
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
