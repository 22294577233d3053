using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workbench.Notebooks.Documents;

namespace Workbench.Cli.Tests.Walkthrough;

/// <summary>
/// The notebooks as committed: they carry the outputs a fresh run produces (so they read well on GitHub and are never
/// stale), open as C# in VS Code and Jupyter, and name no machine's paths.
/// </summary>
[Collection(WalkthroughCollection.Name)]
public partial class CommittedNotebookTests(WalkthroughRun run)
{
    public static TheoryData<string> Notebooks => [.. WalkthroughRun.Names];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_committed_notebook_holds_the_outputs_of_a_fresh_run(string name)
    {
        var committed = WalkthroughRun.Committed(name).Cells;
        var fresh = run.Executed(name).Cells;

        Assert.Equal(committed.Select(c => c.Source), fresh.Select(c => c.Source));
        for (var i = 0; i < committed.Count; i++)
        {
            Assert.True(Comparable(committed[i]) == Comparable(fresh[i]),
                $"{name}.ipynb cell {i + 1} is stale: run `dotnet run --project lib/Workbench.Cli -- run notebooks --inplace` and commit the notebooks.\n"
                + $"committed: {Comparable(committed[i])[..Math.Min(400, Comparable(committed[i]).Length)]}\n"
                + $"fresh:     {Comparable(fresh[i])[..Math.Min(400, Comparable(fresh[i]).Length)]}");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_committed_notebook_has_Polyglot_metadata(string name)
    {
        var notebook = WalkthroughRun.Committed(name);

        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]?["name"]?.GetValue<string>());
        Assert.Equal(".NET (C#)", notebook.Metadata["kernelspec"]?["display_name"]?.GetValue<string>());
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>());
        Assert.All(notebook.Cells, c => Assert.Equal(c.Kind == CellKind.Code ? "csharp" : "markdown",
            (c.Metadata["polyglot_notebook"] as JsonObject)?["kernelName"]?.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_committed_notebook_names_no_machine_paths(string name)
    {
        var text = File.ReadAllText(Path.Combine(WalkthroughRun.NotebooksFolder, name + ".ipynb"));

        Assert.DoesNotMatch(MachinePath(), text);
    }

    [Fact]
    public void The_report_notebook_takes_articles_since_until_and_language_as_parameters()
    {
        var parameters = Assert.Single(WalkthroughRun.Committed("05-report").Cells, c => c.Tags.Contains("parameters"));

        foreach (var name in new[] { "articles", "since", "until", "language" })
        {
            Assert.Matches($@"\bvar {name} = ", parameters.Source);
        }
    }

    /// <summary>A cell's outputs with what legitimately changes between runs (display ids, generated ids) masked.</summary>
    private static string Comparable(NotebookCell cell) => string.Join("\n", cell.Outputs.Select(o => o switch
    {
        StreamOutput s => $"stream {s.Name}: {s.Text}",
        ExecuteResultOutput r => "result " + Bundle(r.Data),
        DisplayDataOutput d => "display " + Bundle(d.Data),
        ErrorOutput e => $"error {e.Name}: {e.Value}",
        _ => o.ToString(),
    }));

    private static string Bundle(MimeBundle bundle) =>
        string.Join("\n", bundle.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {GeneratedId().Replace(e.Value, "<id>")}"));

    [GeneratedRegex(@"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b")]
    private static partial Regex GeneratedId();

    [GeneratedRegex(@"(/work/|/tmp/|/home/|/root/|/Users/|[A-Z]:\\\\)")]
    private static partial Regex MachinePath();
}
