using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public class ErrorTests
{
    [Fact]
    public async Task Compile_errors_name_the_line_and_column_within_the_cell()
    {
        using var session = ScriptSession.Create();
        await Run.Cell(session, "var a = 1;\nvar b = 2;");
        var outcome = await Run.Cell(session, "var ok = 1;\n\nvar c = missing + 1;");
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        var diagnostic = Assert.Single(outcome.Error().Diagnostics);
        Assert.Equal(DiagnosticCodes.CompileError, diagnostic.Code);
        Assert.Equal((3, 9), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("CS0103", outcome.Error().Traceback[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directive_lines_do_not_shift_compile_error_lines()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "#!csharp\nvar x = 1;\nx.Nope();");
        Assert.Equal(3, outcome.Error().Diagnostics[0].Line);
    }

    [Fact]
    public async Task Runtime_errors_carry_type_message_cell_line_and_a_trimmed_stack()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "var x = 1;\nthrow new ArgumentException(\"bad value\");");
        var error = outcome.Error();
        Assert.Equal("System.ArgumentException", error.Name);
        Assert.Equal("bad value", error.Value);
        Assert.Equal(DiagnosticCodes.RuntimeError, error.Diagnostics[0].Code);
        Assert.Equal(2, error.Diagnostics[0].Line);
        Assert.DoesNotContain(error.Traceback, l => l.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cells_for_other_kernels_fail_with_a_clear_code()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "#!fsharp\nlet x = 1");
        Assert.Equal(DiagnosticCodes.UnsupportedKernel, outcome.Error().Diagnostics[0].Code);
    }

    [Fact]
    public async Task A_result_that_throws_while_it_is_shown_is_the_cells_error_and_the_session_goes_on()
    {
        using var session = ScriptSession.Create();
        var outcome = await Run.Cell(session, "var n = 0;\nEnumerable.Range(0, 3).Select(i => i < 2 ? i : throw new InvalidCastException(\"item 2\"))");
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        Assert.Equal("item 2", outcome.Error().Value);
        Assert.DoesNotContain(outcome.Events, e => e is ResultEvent);
        Assert.Equal("1", (await Run.Cell(session, "n + 1")).Plain());
    }
}
