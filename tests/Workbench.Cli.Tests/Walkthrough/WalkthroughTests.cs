using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Workbench.Notebooks.Documents;

namespace Workbench.Cli.Tests.Walkthrough;

/// <summary>The README's first command over the sample articles: every notebook runs clean and shows the real findings.</summary>
[Collection(WalkthroughCollection.Name)]
public class WalkthroughTests(WalkthroughRun run)
{
    public static TheoryData<string> Notebooks => [.. WalkthroughRun.Names];

    [Fact]
    public void The_whole_walkthrough_succeeds() => Assert.True(run.ExitCode == 0, run.Console);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_notebook_runs_without_error_outputs(string name)
    {
        var errors = run.Executed(name).Cells.SelectMany(c => c.Outputs).OfType<ErrorOutput>().ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Name}: {e.Value}")));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_code_cell_of_a_notebook_ran(string name)
    {
        var code = run.Executed(name).Cells.Where(c => c.Kind == CellKind.Code).ToList();

        Assert.NotEmpty(code);
        Assert.All(code, c => Assert.NotNull(c.ExecutionCount));
    }

    [Theory]
    [InlineData("04-charts", "tags.PartnersChart()")]
    [InlineData("05-report", "tags.PartnersChart()")]
    public void The_partners_chart_names_Russia_and_South_Korea(string name, string code)
    {
        var chart = Assert.Single(run.Executed(name).CellWith(code).Charts());

        var countries = chart.TraceValues("x").ToList();

        Assert.Contains("Russia", countries);
        Assert.Contains("South Korea", countries);
        Assert.DoesNotContain("Vietnam", countries);
    }

    [Fact]
    public void The_people_table_lists_Phan_Van_Giang_once_with_both_articles()
    {
        var rows = run.Executed("03-counts").CellWith("var people = tags.PeopleCounts();").TableRows();

        var giang = Assert.Single(rows, r => Fold(r["person"]) == "phan van giang");
        Assert.Equal("2", giang["articles"]);
        Assert.Equal(["000_00861558c5cf31ee", "003_bee81db2a34faaf4"], giang["in"].Split("; ").Order());
    }

    [Theory]
    [InlineData("03-counts")]
    [InlineData("05-report")]
    public void The_events_table_holds_the_9_November_2023_reception(string name)
    {
        var rows = run.Executed(name).CellWith("tags.EventTable()").TableRows();

        var reception = Assert.Single(rows, r => r["date"] == "9 November 2023" && r["type"] == "reception");
        Assert.Contains("Pham Minh Chinh", reception["who"]);
        Assert.Contains("Kurenkov", reception["who"]);
    }

    [Fact]
    public void The_report_draws_every_chart_of_the_walkthrough_offline()
    {
        var charts = WalkthroughRun.Names.Sum(n => run.Executed(n).Cells.Sum(c => c.Charts().Count()));

        var html = run.ReportHtml;

        Assert.True(charts >= 9, $"only {charts} charts in the walkthrough");
        Assert.Equal(charts, Regex.Count(html, "class=\"wb-plot\""));
        Assert.DoesNotMatch("<script[^>]+src=\"https?:", html);
    }

    private static string Fold(string name)
    {
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .ToLowerInvariant();
    }
}
