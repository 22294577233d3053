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
        public Article Finish(string[] lines, ICollection<Diagnostic>? diagnostics)
        {
            var body = _body.ToString();
            _body.Dispose();
            var language = raw.Language ?? LanguageGuesser.Guess(body.Length > 0 ? body : string.Join('\n', lines));
            if (raw.Language is null)
            {
                _provenance.Add(new Provenance("language", language, "language:letters"));
            }
            var (published, time) = Published();
            var outlet = raw.Outlet is { } given ? k.Outlets.FindByAlias(given)?.Name ?? given : Outlet(lines);
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
            return new Article(raw.Id, raw.File, language, _title, published, time, outlet, dateline, raw.Url, body,
                paragraphs, sentences, _related, _removed, _provenance, raw.Encoding);
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

        private string? Outlet(string[] lines)
        {
            if (k.Outlets.FindByUrl(raw.Url) is { } byUrl)
            {
                _provenance.Add(new Provenance("outlet", byUrl.Name, "outlet:url-domain"));
                return byUrl.Name;
            }
            var headEnd = Math.Min(HeadEnd, lines.Length);
            foreach (var rule in k.Metadata)
            {
                if (rule.Field != "outlet")
                {
                    continue;
                }
                if (rule.Scope == RuleScope.FirstBodyLine)
                {
                    if (_firstBodyLine is not null && OutletFrom(rule, _firstBodyLine) is { } o)
                    {
                        return o;
                    }
                    continue;
                }
                for (var i = 0; i < headEnd; i++)
                {
                    if (lines[i].Length > 0 && OutletFrom(rule, lines[i]) is { } o)
                    {
                        return o;
                    }
                }
            }
            return null;
        }

        private string? OutletFrom(CleaningRule rule, string line)
        {
            var m = Match(rule, line);
            if (!m.Success)
            {
                return null;
            }
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
            if (_firstBodyLine is null)
            {
                return null;
            }
            foreach (var rule in k.Metadata)
            {
                if (rule.Field != "dateline")
                {
                    continue;
                }
                var m = Match(rule, _firstBodyLine);
                if (m.Success && m.Groups["place"] is { Success: true } place)
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
