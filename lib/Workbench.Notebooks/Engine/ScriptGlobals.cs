using Workbench.Notebooks.Engine.Capture;
using Workbench.Notebooks.Engine.Formatting;

namespace Workbench.Notebooks.Engine;

/// <summary>
/// What every cell sees as globals: <c>display(value)</c>, <c>input(prompt)</c> and <c>CancellationToken</c>.
/// Public only because Roslyn scripting requires a public globals type; create sessions with <see cref="ScriptSession"/>.
/// </summary>
/// <example><c>var h = display("starting"); for (…) { CancellationToken.ThrowIfCancellationRequested(); h.Update(i); }</c></example>
public sealed class ScriptGlobals
{
    internal ScriptGlobals()
    {
    }

    /// <summary>
    /// The token of the running cell: cancelled on interrupt or when the cell's timeout passes. Long loops should check
    /// it (<c>CancellationToken.ThrowIfCancellationRequested()</c>) or pass it on.
    /// </summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Shows a value as an output now (formatted as text/plain, text/html, …) and returns a handle to update it.</summary>
    /// <param name="value">The value to show.</param>
    /// <returns>A handle whose <see cref="DisplayHandle.Update"/> replaces the output.</returns>
#pragma warning disable IDE1006 // lowercase, as in Jupyter and .NET Interactive
    public DisplayHandle display(object? value)
    {
        var id = $"display-{Guid.NewGuid():N}";
        var execution = Execution.Current;
        execution?.Emit(new DisplayEvent(id, MimeFormatter.Format(value)));
        return new DisplayHandle(id, execution);
    }

    /// <summary>Asks the front end for a line of input (Jupyter's <c>input_request</c>); null when none is available.</summary>
    /// <param name="prompt">The prompt shown to the user.</param>
    /// <param name="password">Whether to hide what is typed.</param>
    /// <returns>The line, or null.</returns>
    public string? input(string prompt = "", bool password = false) =>
        Execution.Current?.ReadInput?.Invoke(prompt, password);
#pragma warning restore IDE1006
}
