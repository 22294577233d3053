namespace Workbench.Notebooks.Documents;

/// <summary>One output of a code cell, matching nbformat's <c>output_type</c> values.</summary>
public abstract record CellOutput;

/// <summary>Text written to a stream (<c>stdout</c> or <c>stderr</c>).</summary>
/// <param name="Name">The stream name.</param>
/// <param name="Text">The text written.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A value shown with <c>display(…)</c>. The display id is kept in memory only (nbformat does not store it).</summary>
/// <param name="Data">The formatted value.</param>
/// <param name="DisplayId">The id an update refers to, or null.</param>
public sealed record DisplayDataOutput(MimeBundle Data, string? DisplayId = null) : CellOutput;

/// <summary>The value of a cell's trailing expression.</summary>
/// <param name="Data">The formatted value.</param>
/// <param name="ExecutionCount">The execution count of the cell that produced it.</param>
public sealed record ExecuteResultOutput(MimeBundle Data, int ExecutionCount) : CellOutput;

/// <summary>An error: a compile error, an exception, a timeout.</summary>
/// <param name="Name">The error name (exception type or diagnostic code).</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">The trimmed stack or the diagnostic lines.</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
