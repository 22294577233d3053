using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Workbench.Notebooks.Diagnostics;

namespace Workbench.Notebooks.Engine.Compilation;

/// <summary>Builds <see cref="ErrorEvent"/>s: compile errors with cell-relative positions, exceptions with a trimmed stack.</summary>
internal static partial class ErrorReports
{
    public static ErrorEvent FromCompilation(IEnumerable<Diagnostic> errors)
    {
        var diagnostics = errors.Select(d =>
        {
            var span = d.Location.GetMappedLineSpan();
            var file = d.Location.SourceTree?.FilePath is { Length: > 0 } path ? path : null;
            return new NotebookDiagnostic(DiagnosticCodes.CompileError, $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}",
                file, Line: span.StartLinePosition.Line + 1, Column: span.StartLinePosition.Character + 1);
        }).ToList();
        var lines = diagnostics.Select(d => $"{(d.File is null ? "" : d.File + " ")}({d.Line},{d.Column}): error {d.Message}").ToList();
        return new ErrorEvent("CompilationError", lines.FirstOrDefault() ?? "compilation failed", lines, diagnostics);
    }

    public static ErrorEvent FromException(Exception exception)
    {
        var e = Unwrap(exception);
        var frames = (e.StackTrace ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("--- End of", StringComparison.Ordinal)
                && !l.Contains("System.Runtime.CompilerServices.", StringComparison.Ordinal)
                && !l.Contains("System.Runtime.ExceptionServices.", StringComparison.Ordinal))
            .Select(l => Submission().Replace(l, "<cell>"))
            .ToList();
        var line = frames.Select(f => CellLine().Match(f)).FirstOrDefault(m => m.Success) is { } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var type = e.GetType().FullName ?? e.GetType().Name;
        var traceback = new List<string> { $"{type}: {e.Message}" };
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            traceback.Add($" ---> {inner.GetType().FullName}: {inner.Message}");
        }
        traceback.AddRange(frames);
        var diagnostic = new NotebookDiagnostic(DiagnosticCodes.RuntimeError, $"{type}: {e.Message}", Line: line);
        return new ErrorEvent(type, e.Message, traceback, [diagnostic]);
    }

    public static ErrorEvent FromCode(string code, string name, string message, int? line = null) =>
        new(name, message, [$"{code}: {message}"], [new NotebookDiagnostic(code, message, Line: line)]);

    private static Exception Unwrap(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Unwrap(a.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => e,
    };

    [GeneratedRegex(@"Submission#\d+(\.<<Initialize>>d__\d+\.MoveNext\(\)|\.<Factory>\([^)]*\))?")]
    private static partial Regex Submission();

    [GeneratedRegex(@"<cell>.*:line (\d+)")]
    private static partial Regex CellLine();
}
