using System.Globalization;
using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Cleaning;

public static partial class ArticleCleaner
{
    /// <summary>The metadata half of the cleaner: published date, outlet, dateline and language, each with its rule.</summary>
    private sealed partial class State
    {
        public Article Finish(ICollection<Diagnostic>? diagnostics)
        {
            var body = _body.ToString();
            _body.Dispose();
            _bodySeen.Dispose();
            _relatedSeen.Dispose();
            // The lines joined back together are the text itself.
            var language = raw.Language ?? LanguageGuesser.Guess(body.Length > 0 ? body : Text);
            if (raw.Language is null)
            {
                _provenance.Add(new Provenance("language", language, "language:letters"));
            }
            var (published, time) = Published();
            var outlet = raw.Outlet is { } given ? k.Outlets.FindByAlias(given)?.Name ?? given : Outlet();
            var dateline = Dateline();
            if (_title is not null && raw.Title is null && !_provenance.Any(p => p.Field == "title"))
            {
                _provenance.Add(new Provenance("title", _title, "title:first-line"));
            }
            var paragraphs = Segmenter.Paragraphs(body);
            var sentences = Segmenter.Sentences(body, paragraphs, k.Splitter);
            foreach (var problem in _problems)
            {
                diagnostics?.Add(problem);
            }
            if (body.Length == 0)
            {
                diagnostics?.Add(DiagnosticCatalog.EmptyBody.Create(raw.File, null, _removed.Count));
            }
            // An article lives as long as its corpus: drop the lists' growth slack (they stay lists: notebooks display
            // the runtime type).
            _provenance.TrimExcess();
            (sentences as List<TextSpan>)?.TrimExcess();
            var removed = _removed.Build();
            return new Article(raw.Id, raw.File, language, _title, published, time, outlet, dateline, raw.Url, body,
                paragraphs, sentences, removed.Texts([.. _related]), removed, _provenance, raw.Encoding);
        }

        private (DateOnly?, TimeOnly?) Published()
        {
            if (raw.Published is not null)
            {
                return (raw.Published, raw.PublishedTime);
            }
            if (_dates.Count == 0)
            {
                return (null, null);
            }
            var first = _dates[0];
            var timed = _dates.FirstOrDefault(d => d.Date == first.Date && d.Time is not null);
            var time = first.Time ?? timed.Time;
            _provenance.Add(new Provenance("published", first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first.Rule));
            if (time is { } t)
            {
                _provenance.Add(new Provenance("published-time", t.ToString("HH:mm", CultureInfo.InvariantCulture), first.Time is null ? timed.Rule : first.Rule));
            }
            return (first.Date, time);
        }

        private string? Outlet()
        {
            if (k.Outlets.FindByUrl(raw.Url) is { } byUrl)
            {
                _provenance.Add(new Provenance("outlet", byUrl.Name, "outlet:url-domain"));
                return byUrl.Name;
            }
            foreach (var rule in k.Metadata)
            {
                if (rule.Field != "outlet")
                {
                    continue;
                }
                if (rule.Scope == RuleScope.FirstBodyLine)
                {
                    if (_firstBodyLine is { } first && OutletFrom(rule, Of(first)) is { } o)
                    {
                        return o;
                    }
                    continue;
                }
                // Every line of the head (before the related lists), chrome included, as the text has them.
                var start = 0;
                for (var i = 0; i < HeadEnd; i++)
                {
                    var newline = Text[start..].IndexOf('\n');
                    var end = newline < 0 ? text.Length : start + newline;
                    var line = Text[start..end];
                    if (line.Length > 0 && OutletFrom(rule, line) is { } o)
                    {
                        return o;
                    }
                    if (newline < 0)
                    {
                        break;
                    }
                    start = end + 1;
                }
            }
            return null;
        }

        private string? OutletFrom(CleaningRule rule, ReadOnlySpan<char> line)
        {
            if (!IsMatch(rule, line))
            {
                return null;
            }
            var m = Match(rule, line.ToString());
            var value = rule.Value;
            if (value is null)
            {
                var g = m.Groups["outlet"];
                if (!g.Success)
                {
                    return null;
                }
                value = k.Outlets.FindByAlias(g.Value)?.Name ?? g.Value.Trim().TrimEnd('.');
            }
            _provenance.Add(new Provenance("outlet", value, rule.Id));
            return value;
        }

        private string? Dateline()
        {
            if (_firstBodyLine is not { } first)
            {
                return null;
            }
            string? line = null;
            foreach (var rule in k.Metadata)
            {
                if (rule.Field != "dateline")
                {
                    continue;
                }
                if (!IsMatch(rule, Of(first)))
                {
                    continue;
                }
                line ??= Of(first).ToString();
                if (Match(rule, line).Groups["place"] is { Success: true } place)
                {
                    var value = place.Value.Trim();
                    _provenance.Add(new Provenance("dateline", value, rule.Id));
                    return value;
                }
            }
            return null;
        }
    }
}
