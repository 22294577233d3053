using Workbench.Cleaning;
using Workbench.Diagnostics;

namespace Workbench.Knowledge;

/// <summary>One row of a knowledge TSV file, with where it came from.</summary>
internal sealed record KnowledgeRow(string File, int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.TryGetValue(column, out var v) ? v : "";

    public bool Has(string column) => Cells.ContainsKey(column);
}

/// <summary>Reads knowledge rows and collects the problems found in them.</summary>
internal sealed class KnowledgeRows(KnowledgeFiles files)
{
    private readonly List<Diagnostic> _problems = [];

    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>The rows of <paramref name="file"/> that have every <paramref name="required"/> column filled; a missing
    /// file is reported by <see cref="KnowledgeFiles.ReadTsv"/> (WB020).</summary>
    public IEnumerable<KnowledgeRow> Rows(string file, params string[] required)
    {
        foreach (var (line, cells) in files.ReadTsv(file, _problems))
        {
            var row = new KnowledgeRow(file, line, cells);
            var missing = required.FirstOrDefault(c => row.Get(c).Length == 0);
            if (missing is not null)
            {
                _problems.Add(DiagnosticCatalog.KnowledgeRowIncomplete.Create(Where(row), line, missing));
                continue;
            }
            yield return row;
        }
    }

    /// <summary>The month names of dates-months.tsv (<see cref="MonthFile"/>), their problems reported with the rest.</summary>
    public Dictionary<string, int> Months() => MonthFile.Read(files, _problems);

    /// <summary>Reports an unknown label and returns <see langword="false"/>, so it reads well inside a filter.</summary>
    public bool Unknown(KnowledgeRow row, string what, string value, string declaredIn)
    {
        _problems.Add(DiagnosticCatalog.UnknownLabel.Create(Where(row), row.Line, what, value, declaredIn));
        return false;
    }

    /// <summary>Reports a value its column cannot take and returns <see langword="false"/>, so it reads well inside a filter.</summary>
    public bool Invalid(KnowledgeRow row, string what, string value, string expected)
    {
        _problems.Add(DiagnosticCatalog.InvalidKnowledgeValue.Create(Where(row), row.Line, what, value, expected));
        return false;
    }

    /// <summary>Reports a row repeating <paramref name="value"/>, already declared for <paramref name="first"/>, and returns
    /// <see langword="false"/>, so it reads well inside a filter.</summary>
    public bool Duplicate(KnowledgeRow row, string what, string value, string first)
    {
        _problems.Add(DiagnosticCatalog.DuplicateKnowledge.Create(Where(row), row.Line, what, value, first));
        return false;
    }

    /// <summary>The aliases with each (label, language, folded alias) kept once; repeats are reported.</summary>
    public List<AliasEntry> WithoutDuplicates(IEnumerable<AliasEntry> aliases)
    {
        var seen = new Dictionary<(string, string, string), AliasEntry>();
        var kept = new List<AliasEntry>();
        foreach (var a in aliases)
        {
            var key = (a.Label, a.Lang, Tagging.Matching.MatchText.Normalize(a.Alias));
            if (seen.TryGetValue(key, out var first))
            {
                _problems.Add(DiagnosticCatalog.DuplicateKnowledge.Create(Path.Combine(files.Source, a.Label), null,
                    a.Label + " alias", a.Alias, first.Id));
                continue;
            }
            seen[key] = a;
            kept.Add(a);
        }
        return kept;
    }

    private string Where(KnowledgeRow row) => Path.Combine(files.Source, row.File);
}
