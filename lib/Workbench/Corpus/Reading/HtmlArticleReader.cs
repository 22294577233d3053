using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Corpus.Reading;

/// <summary>
/// Reads an <c>.html</c>/<c>.htm</c> page with AngleSharp: drops script, style and forms; keeps navigation, header,
/// footer, aside and figure captions as classified removals; takes the main text from <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c> or the body, the title from <c>&lt;h1&gt;</c>, <c>og:title</c> or <c>&lt;title&gt;</c>, and the
/// date from meta tags or <c>&lt;time datetime&gt;</c>. The text then goes through the same cleaning as plain text.
/// </summary>
internal static partial class HtmlArticleReader
{
    private static readonly string[] s_dropped = ["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "canvas", "object"];
    private static readonly string[] s_chrome = ["nav", "header", "footer", "aside", "figcaption"];
    private static readonly string[] s_dateMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='publish-date']", "meta[name='date']",
        "meta[name='dc.date']", "meta[name='DC.date.issued']", "meta[name='dc.date.issued']",
    ];

    public static IReadOnlyList<RawArticle> Read(ArticleFile file, ReadOnlySpan<byte> bytes, CorpusOptions options, List<Diagnostic> diagnostics)
    {
        var named = options.Encoding ?? DeclaredCharset(bytes);
        var text = TextArticleReader.Decode(file, bytes, options with { Encoding = named }, diagnostics, out var encoding);
        if (text is null)
        {
            return [];
        }
        var document = new HtmlParser().ParseDocument(text);
        var provenance = new List<Provenance>();
        var removed = new List<RemovedText>();
        var (published, time) = Published(document, provenance);
        var siteName = Meta(document, "meta[property='og:site_name']");
        if (siteName is not null)
        {
            provenance.Add(new Provenance("outlet", siteName, "html:og:site_name"));
        }
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(document, "meta[property='og:url']");
        var lang = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } l ? l[..2].ToLowerInvariant() : null;
        if (lang is not null)
        {
            provenance.Add(new Provenance("language", lang, "html:lang"));
        }

        foreach (var element in document.QuerySelectorAll(string.Join(',', s_dropped)).ToArray())
        {
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll(string.Join(',', s_chrome)).ToArray())
        {
            var chrome = Collapse(element.TextContent);
            if (chrome.Length > 0)
            {
                var tag = element.LocalName;
                removed.Add(new RemovedText(tag == "figcaption" ? "caption" : "page-" + tag, chrome, "html:" + tag));
            }
            element.Remove();
        }
        var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role='main']") ?? document.Body;
        var title = Title(document, main, provenance);
        var sb = new StringBuilder();
        if (main is not null)
        {
            AppendBlocks(main, sb);
        }
        var body = sb.ToString().Trim();
        if (body.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoMainText.Create(file.RelativePath, null));
            return [];
        }
        return
        [
            new RawArticle(TextArticleReader.IdOf(file.RelativePath), file.RelativePath, body, encoding)
            {
                Title = title,
                Published = published,
                PublishedTime = time,
                Url = url,
                Outlet = siteName,
                Language = lang is "en" or "vi" ? lang : null,
                Provenance = provenance,
                Removed = removed,
            },
        ];
    }

    /// <summary>The headline: the main text's <c>&lt;h1&gt;</c> (navigation and header are gone by now, so a logo in
    /// an <c>&lt;h1&gt;</c> does not count), else <c>og:title</c>, else <c>&lt;title&gt;</c>.</summary>
    private static string? Title(IDocument document, IElement? main, List<Provenance> provenance)
    {
        var candidates = new (string? Value, string Rule)[]
        {
            (main?.QuerySelector("h1")?.TextContent, "html:h1"),
            (Meta(document, "meta[property='og:title']"), "html:og:title"),
            (document.QuerySelector("title")?.TextContent, "html:title"),
        };
        foreach (var (value, rule) in candidates)
        {
            var title = value is null ? "" : Collapse(value);
            if (title.Length > 0)
            {
                provenance.Add(new Provenance("title", title, rule));
                return title;
            }
        }
        return null;
    }

    private static (DateOnly?, TimeOnly?) Published(IDocument document, List<Provenance> provenance)
    {
        foreach (var selector in s_dateMeta)
        {
            if (Meta(document, selector) is { } value && Cleaning.IsoDate.TryParse(value, out var d, out var t))
            {
                provenance.Add(new Provenance("published", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "html:" + selector));
                return (d, t);
            }
        }
        foreach (var element in document.QuerySelectorAll("time[datetime]"))
        {
            if (Cleaning.IsoDate.TryParse(element.GetAttribute("datetime"), out var d, out var t))
            {
                provenance.Add(new Provenance("published", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "html:time"));
                return (d, t);
            }
        }
        return (null, null);
    }

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static bool IsBlock(string tag) => tag is "p" or "div" or "section" or "article" or "main" or "li" or "ul" or "ol"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "table" or "tr" or "td" or "th"
        or "dl" or "dt" or "dd" or "figure" or "body" or "address" or "hr";

    private static void AppendBlocks(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    var t = text.Data;
                    if (t.Length > 0)
                    {
                        sb.Append(Whitespace().Replace(t, " "));
                    }
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement element when IsBlock(element.LocalName):
                    sb.Append("\n\n");
                    AppendBlocks(element, sb);
                    sb.Append("\n\n");
                    break;
                case IElement element:
                    AppendBlocks(element, sb);
                    break;
            }
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c>), when it names one .NET has.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = Charset().Match(head);
        if (!m.Success)
        {
            return null;
        }
        var name = m.Groups[1].Value;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null; // strict UTF-8 detection already covers it, and reports broken bytes
        }
        try
        {
            return TextDecoder.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
