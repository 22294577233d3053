using System.Globalization;
using Workbench.Diagnostics;

namespace Workbench.Cleaning;

/// <summary>
/// The month names of <c>dates-months.tsv</c> ("November", "Nov" → 11), read the same way for the cleaner (the published
/// date in a byline) and the tagger (dates in the text), so a row one of them takes the other takes too.
/// </summary>
internal static class MonthFile
{
    public const string Name = "dates-months.tsv";

    /// <summary>The names, any case, without a closing full stop; a row without a name or month (WB021), a name of more
    /// than one word or a month outside 1 to 12 (WB028) and a name given twice (WB023) are reported at their line and left
    /// out.</summary>
    /// <remarks>The cleaner reads no other TSV of the tagger's, so the empty-cell check is made here rather than through
    /// the tagger's row reader.</remarks>
    public static Dictionary<string, int> Read(KnowledgeFiles files, List<Diagnostic> problems)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var where = Path.Combine(files.Source, Name);
        foreach (var (line, row) in files.ReadTsv(Name, problems))
        {
            var name = row.GetValueOrDefault("name", "").TrimEnd('.');
            var number = row.GetValueOrDefault("month", "");
            if (name.Length == 0 || number.Length == 0)
            {
                problems.Add(DiagnosticCatalog.KnowledgeRowIncomplete.Create(where, line, name.Length == 0 ? "name" : "month"));
            }
            else if (!name.All(char.IsLetter))
            {
                // Both readers take a month name as one word: "Tháng Mười" or "Nov-" would never be found.
                problems.Add(DiagnosticCatalog.InvalidKnowledgeValue.Create(where, line, "month name", name, "one word of letters"));
            }
            else if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                problems.Add(DiagnosticCatalog.InvalidKnowledgeValue.Create(where, line, "month number", number, "1 to 12"));
            }
            else if (!months.TryAdd(name, month))
            {
                problems.Add(DiagnosticCatalog.DuplicateKnowledge.Create(where, line, "month name", name,
                    months[name].ToString(CultureInfo.InvariantCulture)));
            }
        }
        return months;
    }
}
