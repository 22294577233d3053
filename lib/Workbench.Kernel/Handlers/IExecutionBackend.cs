using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Handlers;

/// <summary>
/// What the handlers need from a language: run code and report what it produced, complete, inspect and judge whether code is
/// complete. Positions are UTF-16 offsets; the handlers convert from and to Jupyter's code points. The protocol and the
/// handlers know nothing about C#; the C# backend adapts the notebook engine's session.
/// </summary>
internal interface IExecutionBackend : IDisposable
{
    LanguageInfo Language { get; }

    string Banner { get; }

    /// <summary>Runs one cell. Outputs go to <paramref name="emit"/> in order; errors are reported as an <see cref="ErrorEvent"/>.</summary>
    Task ExecuteAsync(ExecutionInput input, Action<ExecutionEvent> emit, CancellationToken cancellationToken);

    Task<CompletionResult> CompleteAsync(string code, int position, CancellationToken cancellationToken);

    Task<InspectionResult?> InspectAsync(string code, int position, int detailLevel, CancellationToken cancellationToken);

    CompletenessResult IsComplete(string code);
}

/// <summary>One cell to run. <see cref="ReadLine"/> asks the front end for a line (prompt, password); null = no input.</summary>
internal sealed record ExecutionInput(string Code, int ExecutionCount, bool Silent, Func<string, bool, string?> ReadLine);

/// <summary>Something a running cell produced.</summary>
internal abstract record ExecutionEvent;

/// <summary>Text written to <c>stdout</c> or <c>stderr</c>.</summary>
internal sealed record StreamEvent(string Name, string Text) : ExecutionEvent;

/// <summary>A displayed value; <see cref="IsUpdate"/> replaces the earlier output with the same <see cref="DisplayId"/>.</summary>
internal sealed record DisplayEvent(
    IReadOnlyDictionary<string, object> Data,
    IReadOnlyDictionary<string, object> Metadata,
    string? DisplayId,
    bool IsUpdate) : ExecutionEvent;

/// <summary>The cell's value (a trailing expression).</summary>
internal sealed record ResultEvent(IReadOnlyDictionary<string, object> Data, IReadOnlyDictionary<string, object> Metadata) : ExecutionEvent;

/// <summary>A compile or runtime error, or an interruption.</summary>
internal sealed record ErrorEvent(string Name, string Value, IReadOnlyList<string> Traceback) : ExecutionEvent;

/// <summary>Completion candidates and the UTF-16 span they replace.</summary>
internal sealed record CompletionResult(IReadOnlyList<CompletionCandidate> Candidates, int Start, int End)
{
    public static CompletionResult None(int position) => new([], position, position);
}

/// <summary>One completion: the text to insert and its kind (<c>method</c>, <c>class</c>, …).</summary>
internal sealed record CompletionCandidate(string Text, string Kind);

/// <summary>Quick info: plain text, and markdown when the backend has richer documentation.</summary>
internal sealed record InspectionResult(string PlainText, string? Markdown);

/// <summary><c>complete</c>, <c>incomplete</c> (with the indent of the next line) or <c>invalid</c>.</summary>
internal sealed record CompletenessResult(string Status, string Indent = "");
