using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class TrailingResultTests
{
    [Theory]
    [InlineData("1 + 1", "2")]
    [InlineData("var s = \"xin chào\";\ns", "xin chào")]
    [InlineData("await Task.FromResult(5)", "5")]
    public async Task A_last_expression_without_semicolon_is_the_result(string code, string expected)
    {
        using var session = ScriptSession.Create();
        Assert.Equal(expected, (await Run.Cell(session, code)).Plain());
    }

    [Theory]
    [InlineData("Math.Abs(-1);")]
    [InlineData("var x = 3;")]
    [InlineData("Console.WriteLine(\"hi\")")]
    public async Task Statements_and_void_calls_have_no_result(string code)
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, code);
        Assert.Equal(ExecutionStatus.Succeeded, outcome.Status);
        Assert.Empty(outcome.Events.OfType<ResultEvent>());
    }
}
