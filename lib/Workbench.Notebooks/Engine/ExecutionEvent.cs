using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Engine;

/// <summary>
/// Something a submission produced, delivered as it happens (see <see cref="ScriptSession.ExecuteAsync"/>). Each kind
/// maps to one Jupyter message: stream, display_data, update_display_data, execute_result, error.
/// </summary>
public abstract record ExecutionEvent;

/// <summary>Text written to <c>Console.Out</c> (<c>stdout</c>) or <c>Console.Error</c> (<c>stderr</c>).</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text, as written.</param>
public sealed record StreamEvent(string Name, string Text) : ExecutionEvent;

/// <summary>A value shown with <c>display(value)</c>.</summary>
/// <param name="DisplayId">The id later updates refer to (Jupyter's <c>transient.display_id</c>).</param>
/// <param name="Data">The formatted value.</param>
public sealed record DisplayEvent(string DisplayId, MimeBundle Data) : ExecutionEvent;

/// <summary>A new value for an earlier display, from <see cref="DisplayHandle.Update"/>.</summary>
/// <param name="DisplayId">The display being replaced.</param>
/// <param name="Data">The new formatted value.</param>
public sealed record DisplayUpdateEvent(string DisplayId, MimeBundle Data) : ExecutionEvent;

/// <summary>The value of the submission's trailing expression (a last statement without a semicolon).</summary>
/// <param name="ExecutionCount">The submission's execution count.</param>
/// <param name="Data">The formatted value.</param>
public sealed record ResultEvent(int ExecutionCount, MimeBundle Data) : ExecutionEvent;

/// <summary>
/// The submission failed: a compile error (<c>WB110</c>), an exception (<c>WB111</c>), a timeout (<c>WB112</c>), an
/// interrupt (<c>WB113</c>) or a directive problem (<c>WB12x</c>).
/// </summary>
/// <param name="Name">Jupyter's <c>ename</c>: the exception type, or <c>CompilationError</c>.</param>
/// <param name="Value">Jupyter's <c>evalue</c>: the message.</param>
/// <param name="Traceback">The lines to show: compile errors with cell-relative line and column, or a trimmed stack.</param>
/// <param name="Diagnostics">The same problems as coded diagnostics (line and column are relative to the submission).</param>
public sealed record ErrorEvent(
    string Name, string Value, IReadOnlyList<string> Traceback, IReadOnlyList<NotebookDiagnostic> Diagnostics) : ExecutionEvent;
