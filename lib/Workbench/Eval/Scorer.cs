using Workbench.Diagnostics;
using Workbench.Knowledge;

namespace Workbench.Eval;

/// <summary>
/// Scores tagger output against gold annotations. A predicted person matches a gold person when its folded, lower-case
/// name token set equals that of the gold name or of one of its surfaces; countries, locations and topics match as
/// folded strings; an event matches when the type is the same and the participant sets match (participants compared as
/// people). Title, published date, language and outlet are scored as accuracy.
/// </summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, pairing articles by file name.</summary>
    /// <param name="gold">The gold records.</param>
    /// <param name="predicted">The tagger's records (<see cref="GoldExport.From"/>).</param>
    /// <returns>The report; a gold article with no prediction counts as all missed (WB026).</returns>
    /// <example><c>Scorer.Score(GoldJsonl.Read(path, problems), GoldExport.From(tags))</c></example>
    public static EvalReport Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<GoldArticle> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var byFile = predicted.GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var tallies = new Dictionary<string, (int Tp, int P, int G)>();
        var correct = new Dictionary<string, int>();
        var problems = new List<Diagnostic>();
        foreach (var g in gold)
        {
            if (!byFile.TryGetValue(g.File, out var p))
            {
                problems.Add(DiagnosticCatalog.GoldArticleMissing.Create(g.File, null, g.File));
                p = new GoldArticle(g.File, null, null, null, null, [], [], [], [], [], []);
            }
            foreach (var (kind, t) in Compare(g, p))
            {
                var old = tallies.GetValueOrDefault(kind);
                tallies[kind] = (old.Tp + t.Tp, old.P + t.P, old.G + t.G);
            }
            foreach (var (field, ok) in Fields(g, p))
            {
                correct[field] = correct.GetValueOrDefault(field) + (ok ? 1 : 0);
            }
        }
        string[] kinds = ["persons", "countries", "locations", "topics", "events"];
        string[] fields = ["title", "published", "language", "outlet"];
        return new EvalReport(
            [.. kinds.Select(k => tallies.GetValueOrDefault(k) is var t ? new Score(k, t.Tp, t.P, t.G) : null!)],
            [.. fields.Select(f => new Accuracy(f, correct.GetValueOrDefault(f), gold.Count))],
            gold.Count, problems);
    }

    private static IEnumerable<(string Kind, (int Tp, int P, int G) Tally)> Compare(GoldArticle g, GoldArticle p)
    {
        var people = g.Persons.Select(x => (IReadOnlyList<string>)[x.Name, .. x.Surfaces]).ToArray();
        yield return ("persons", Match(people.Select(names => names.Select(TokenSet).ToArray()).ToArray(),
            p.Persons.Select(x => TokenSet(x.Name)).ToArray(), (alts, t) => alts.Any(a => a.SetEquals(t))));
        yield return ("countries", Sets(g.Countries, p.Countries));
        yield return ("locations", Sets(g.Locations, p.Locations));
        yield return ("topics", Sets(g.Topics, p.Topics));
        string Person(string name) => people.Select((names, i) => (names, i))
            .FirstOrDefault(x => x.names.Any(n => TokenSet(n).SetEquals(TokenSet(name)))) is { names: not null } hit ? "#" + hit.i : NameFolding.Key(name);
        var goldEvents = g.Events.Select(e => (e.Type, Set: e.Participants.Select(Person).ToHashSet())).ToArray();
        var predictedEvents = p.Events.Select(e => (e.Type, Set: e.Participants.Select(Person).ToHashSet())).ToArray();
        yield return ("events", Match(goldEvents, predictedEvents, (a, b) => a.Type == b.Type && a.Set.SetEquals(b.Set)));
    }

    private static (int, int, int) Sets(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = gold.Select(NameFolding.Key).ToHashSet();
        var p = predicted.Select(NameFolding.Key).ToHashSet();
        return (p.Count(g.Contains), p.Count, g.Count);
    }

    /// <summary>Greedy one-to-one matching: each gold item is matched at most once.</summary>
    private static (int, int, int) Match<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, TP, bool> matches)
    {
        var used = new bool[gold.Count];
        var tp = 0;
        foreach (var item in predicted)
        {
            var i = Enumerable.Range(0, gold.Count).FirstOrDefault(j => !used[j] && matches(gold[j], item), -1);
            if (i >= 0)
            {
                used[i] = true;
                tp++;
            }
        }
        return (tp, predicted.Count, gold.Count);
    }

    private static IEnumerable<(string, bool)> Fields(GoldArticle g, GoldArticle p)
    {
        yield return ("title", Same(g.Title, p.Title));
        yield return ("published", Same(g.Published, p.Published));
        yield return ("language", Same(g.Language, p.Language));
        yield return ("outlet", Same(g.Outlet, p.Outlet));
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal);

    private static HashSet<string> TokenSet(string name) => NameFolding.Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
