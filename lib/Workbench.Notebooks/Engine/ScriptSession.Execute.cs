using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.CodeAnalysis.Scripting;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine.Capture;
using Workbench.Notebooks.Engine.Compilation;
using Workbench.Notebooks.Engine.Directives;
using Workbench.Notebooks.Engine.Formatting;

namespace Workbench.Notebooks.Engine;

public sealed partial class ScriptSession
{
    /// <summary>
    /// Runs one submission. Events reach <paramref name="onEvent"/> as they happen (from the cell's thread) and are
    /// also returned, in order, in the outcome. Never throws for a failing cell: failures are <see cref="ErrorEvent"/>s.
    /// </summary>
    /// <param name="code">The cell's code; may start with <c>#!csharp</c>/<c>#!html</c>/<c>#!markdown</c> and contain directives.</param>
    /// <param name="onEvent">Called for each event as it happens, or null.</param>
    /// <param name="timeout">How long the cell may run (after it compiled) before its token is cancelled (WB112), or null for no limit.</param>
    /// <param name="cancellationToken">Interrupts the cell (WB113), like <see cref="Interrupt"/>.</param>
    /// <returns>The execution count, how it ended, and the events.</returns>
    public async Task<ExecutionOutcome> ExecuteAsync(
        string code, Action<ExecutionEvent>? onEvent = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var count = ++ExecutionCount;
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _running = cts;
            var execution = new Execution(count, onEvent, _options.ReadInput);
            var (status, abandoned) = await RunAsync(code, execution, cts, timeout, cancellationToken).ConfigureAwait(false);
            execution.Complete();
            return new ExecutionOutcome(count, status, execution.Events, abandoned);
        }
        finally
        {
            _running = null;
            _gate.Release();
        }
    }

    /// <summary>Runs one submission and yields its events as they happen (a streaming view of <see cref="ExecuteAsync"/>).</summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="timeout">The cell timeout, or null.</param>
    /// <param name="cancellationToken">Interrupts the cell.</param>
    /// <returns>The events, ending when the submission ends.</returns>
    public async IAsyncEnumerable<ExecutionEvent> SubmitAsync(
        string code, TimeSpan? timeout = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ExecutionEvent>();
        var run = ExecuteAsync(code, e => channel.Writer.TryWrite(e), timeout, cancellationToken)
            .ContinueWith(_ => channel.Writer.TryComplete(), TaskScheduler.Default);
        await foreach (var e in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            yield return e;
        }
        await run.ConfigureAwait(false);
    }

    private async Task<(ExecutionStatus, bool)> RunAsync(
        string code, Execution execution, CancellationTokenSource cts, TimeSpan? timeout, CancellationToken interrupt)
    {
        var token = cts.Token;
        var parsed = DirectiveParser.Parse(code);
        foreach (var d in parsed.Directives.OfType<UnsupportedDirective>())
        {
            execution.Emit(new StreamEvent("stderr", $"warning {DiagnosticCodes.BadDirective}: '{d.Text}' is not supported here; ignored\n"));
        }
        if (parsed.Errors.Count > 0)
        {
            var (line, message) = parsed.Errors[0];
            return Fail(execution, ErrorReports.FromCode(DiagnosticCodes.BadDirective, "DirectiveError", message, line));
        }
        if (parsed.Kernel != "csharp") return RunOtherKernel(parsed, execution);
        if (await EnsurePackagesAsync(parsed.Packages.ToList(), parsed.Sources.Select(s => s.Source).ToList(), token).ConfigureAwait(false) is { } packageError)
        {
            return Fail(execution, packageError);
        }
        var previous = _state;
        var options = _scriptOptions;
        _globals.CancellationToken = token;
        var run = Task.Run(async () =>
        {
            execution.Enter();
            var compiled = SubmissionCompiler.Compile(parsed.Code, options, previous, token);
            if (!compiled.Errors.IsEmpty) return (compiled, (ScriptState<object>?)null);
            if (timeout is { } limit) cts.CancelAfter(limit); // the timeout counts running time, not (cold) compilation
            var state = previous is null
                ? await compiled.Script.RunAsync(_globals, _ => true, token).ConfigureAwait(false)
                : await compiled.Script.RunFromAsync(previous, _ => true, token).ConfigureAwait(false);
            return (compiled, state);
        }, CancellationToken.None);
        var stopped = new TaskCompletionSource();
        await using (token.Register(() => stopped.TrySetResult()).ConfigureAwait(false))
        {
            if (await Task.WhenAny(run, stopped.Task).ConfigureAwait(false) != run
                && await Task.WhenAny(run, Task.Delay(_options.InterruptGrace, CancellationToken.None)).ConfigureAwait(false) != run)
            {
                execution.Emit(Stopped(timeout, interrupt, "did not stop when cancelled and was abandoned"));
                return (ExecutionStatus.Cancelled, true);
            }
        }
        try
        {
            var (compiled, state) = await run.ConfigureAwait(false);
            if (state is null) return Fail(execution, ErrorReports.FromCompilation(compiled.Errors));
            _state = state;
            if (state.Exception is OperationCanceledException && token.IsCancellationRequested)
            {
                execution.Emit(Stopped(timeout, interrupt, "was cancelled"));
                return (ExecutionStatus.Cancelled, false);
            }
            if (state.Exception is { } thrown) return Fail(execution, ErrorReports.FromException(thrown));
            return compiled.HasResult ? EmitResult(execution, state.ReturnValue) : (ExecutionStatus.Succeeded, false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            execution.Emit(Stopped(timeout, interrupt, "was cancelled"));
            return (ExecutionStatus.Cancelled, false);
        }
        catch (Exception e) when (e is CompilationErrorException or InvalidOperationException or ArgumentException)
        {
            return Fail(execution, ErrorReports.FromException(e));
        }
    }

    // The result is formatted after the cell's code has run, so a value that throws while it is shown (a lazy query
    // whose items fail, a ToString that throws) would escape the cell; it is the cell's error, not the run's.
    private static (ExecutionStatus, bool) EmitResult(Execution execution, object? value)
    {
        MimeBundle data;
        try
        {
            data = MimeFormatter.Format(value);
        }
        catch (Exception e)
        {
            return Fail(execution, ErrorReports.FromException(e));
        }
        execution.Emit(new ResultEvent(execution.Count, data));
        return (ExecutionStatus.Succeeded, false);
    }

    private static (ExecutionStatus, bool) Fail(Execution execution, ErrorEvent error)
    {
        execution.Emit(error);
        return (ExecutionStatus.Failed, false);
    }

    private static ErrorEvent Stopped(TimeSpan? timeout, CancellationToken interrupt, string what) =>
        timeout is { } t && !interrupt.IsCancellationRequested
            ? ErrorReports.FromCode(DiagnosticCodes.CellTimeout, "TimeoutException", $"the cell ran past its {t.TotalSeconds:0.###} s timeout and {what}")
            : ErrorReports.FromCode(DiagnosticCodes.CellInterrupted, "OperationCanceledException", $"the cell was interrupted and {what}");

    private static (ExecutionStatus, bool) RunOtherKernel(ParsedCell parsed, Execution execution)
    {
        var mime = parsed.Kernel switch { "html" => "text/html", "markdown" => "text/markdown", _ => null };
        if (mime is null)
        {
            return Fail(execution, ErrorReports.FromCode(DiagnosticCodes.UnsupportedKernel, "UnsupportedKernel",
                $"the '{parsed.Kernel}' kernel is not available; only C#, HTML and Markdown cells run"));
        }
        execution.Emit(new DisplayEvent($"display-{Guid.NewGuid():N}", MimeBundle.Of((mime, parsed.Code), ("text/plain", parsed.Code))));
        return (ExecutionStatus.Succeeded, false);
    }
}
