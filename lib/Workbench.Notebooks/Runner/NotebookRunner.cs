using System.Diagnostics;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Runner;

/// <summary>
/// Runs a notebook headless, top to bottom, in one <see cref="ScriptSession"/>: parameters injected, packages restored
/// once up front, outputs recorded in place, papermill's stop-at-first-error rule unless errors are allowed.
/// </summary>
/// <example><c>var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), path, new NotebookRunOptions());</c></example>
public static class NotebookRunner
{
    /// <summary>Runs <paramref name="notebook"/> and returns it executed, with diagnostics naming cells and lines.</summary>
    /// <param name="notebook">The notebook to run (not modified).</param>
    /// <param name="file">Its path: names it in diagnostics and sets the default working directory; may be null.</param>
    /// <param name="options">The run options.</param>
    /// <param name="progress">Called after each code cell, or null.</param>
    /// <param name="cancellationToken">Stops the run after the current cell (the notebook so far is returned).</param>
    /// <returns>The executed notebook and diagnostics.</returns>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, string? file, NotebookRunOptions options,
        Action<CellProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var (injected, parameterErrors) = ParameterInjector.Inject(notebook, options.Parameters, file);
        if (parameterErrors.Count > 0) return new NotebookRunResult(notebook, parameterErrors, false);
        var cells = injected.Cells.Select(c => c.Kind == CellKind.Code ? c with { Outputs = [], ExecutionCount = null } : c).ToList();
        var folder = file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        using var session = ScriptSession.Create(options.Session with { WorkingDirectory = options.Session.WorkingDirectory ?? folder });
        var diagnostics = new List<NotebookDiagnostic>();
        var collector = new OutputCollector(cells);
        var codeCells = cells.Count(c => c.Kind == CellKind.Code);
        var done = 0;
        var abandoned = false;
        if (await session.PreparePackagesAsync(cells.Where(IsCSharp).Select(c => c.Source), cancellationToken).ConfigureAwait(false) is { } restore)
        {
            diagnostics.AddRange(restore.Diagnostics.Select(d => d with { File = file }));
        }
        for (var i = 0; i < cells.Count && !cancellationToken.IsCancellationRequested; i++)
        {
            if (cells[i].Kind != CellKind.Code) continue;
            if (diagnostics.Count > 0 && !options.AllowErrors) break;
            var code = cells[i].KernelName == "csharp" ? cells[i].Source : $"#!{cells[i].KernelName}\n{cells[i].Source}";
            var outputs = new List<CellOutput>();
            var clock = Stopwatch.StartNew();
            var index = i;
            var outcome = await session.ExecuteAsync(code, e => { lock (outputs) collector.Add(outputs, e); }, options.CellTimeout, cancellationToken)
                .ConfigureAwait(false);
            lock (outputs) cells[i] = cells[i] with { Outputs = outputs.ToList(), ExecutionCount = outcome.ExecutionCount };
            abandoned |= outcome.Abandoned;
            foreach (var error in outcome.Events.OfType<ErrorEvent>())
            {
                diagnostics.AddRange(error.Diagnostics.Select(d => d with { File = file, Cell = index + 1 }));
            }
            progress?.Invoke(new CellProgress(i + 1, ++done, codeCells, outcome.Status, clock.Elapsed));
        }
        return new NotebookRunResult(injected with { Cells = cells, FormatMinor = 5 }, diagnostics, abandoned);
    }

    private static bool IsCSharp(NotebookCell cell) => cell.Kind == CellKind.Code && cell.KernelName == "csharp";
}
