using Workbench.Notebooks.Engine.Capture;
using Workbench.Notebooks.Engine.Formatting;

namespace Workbench.Notebooks.Engine;

/// <summary>A shown output that can be replaced, e.g. a progress line: <c>var h = display(0); h.Update(50);</c></summary>
public sealed class DisplayHandle
{
    private readonly Execution? _execution;

    internal DisplayHandle(string displayId, Execution? execution)
    {
        DisplayId = displayId;
        _execution = execution;
    }

    /// <summary>The display id (Jupyter's <c>transient.display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the shown output with <paramref name="value"/>.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => (Execution.Current ?? _execution)?.Emit(new DisplayUpdateEvent(DisplayId, MimeFormatter.Format(value)));
}
