#:project ../../lib/Workbench/Workbench.csproj

// The walkthrough's analysis as a script, for readers who prefer a terminal to a notebook:
//   dotnet run notebooks/scripts/summary.cs -- data/articles
// It loads and tags the articles, then prints the same tables the notebooks show: key figures, people,
// partner countries, topics by partner and every event.

using Microsoft.Data.Analysis;
using Workbench.Corpus;
using Workbench.Frames;
using Workbench.Tagging;

var folder = args.Length > 0 ? args[0] : "data/articles";
var corpus = Corpus.Load(folder);
var tags = Tagger.Tag(corpus);
foreach (var problem in corpus.Report.Diagnostics)
{
    Console.Error.WriteLine($"{problem.Code} {problem.File}: {problem.Message}");
}

Print("Key figures", tags.KeyFigures());
Print("People", tags.PeopleCounts(), "person", "country", "articles", "mentions", "label");
Print("Partner countries", tags.PartnerCounts(), "country", "articles", "label");
Print("Topics by partner", tags.TopicsByPartner());
Print("Events", tags.EventTable(), "date", "type", "who", "place");

// Prints the named columns of a frame (all when none are named) as an aligned plain-text table.
static void Print(string title, DataFrame frame, params string[] columns)
{
    var names = columns.Length > 0 ? columns : frame.Columns.Select(c => c.Name).ToArray();
    var rows = Enumerable.Range(0, (int)frame.Rows.Count)
        .Select(i => names.Select(n => frame[n][i]?.ToString() ?? "").ToArray())
        .ToList();
    var widths = names.Select((n, j) => rows.Select(r => r[j].Length).Append(n.Length).Max()).ToArray();
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(string.Join("  ", names.Select((n, j) => n.PadRight(widths[j]))).TrimEnd());
    Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
    foreach (var row in rows)
    {
        Console.WriteLine(string.Join("  ", row.Select((v, j) => v.PadRight(widths[j]))).TrimEnd());
    }
}
