namespace Workbench.Notebooks.Engine.Capture;

/// <summary>
/// One running submission: collects its events in order and forwards each to the caller as it happens. Found through
/// <see cref="Current"/>, an AsyncLocal, so console writes and <c>display</c> calls from the cell's own tasks land here.
/// </summary>
internal sealed class Execution(int count, Action<ExecutionEvent>? onEvent, Func<string, bool, string?>? readInput)
{
    private static readonly AsyncLocal<Execution?> Ambient = new();
    private readonly List<ExecutionEvent> _events = [];
    private readonly Lock _gate = new();
    private bool _completed;

    public static Execution? Current => Ambient.Value is { _completed: false } e ? e : null;

    public int Count { get; } = count;

    public Func<string, bool, string?>? ReadInput { get; } = readInput;

    public IReadOnlyList<ExecutionEvent> Events
    {
        get { lock (_gate) return _events.ToList(); }
    }

    /// <summary>Makes this the ambient execution for the calling async flow.</summary>
    public void Enter() => Ambient.Value = this;

    public void Emit(ExecutionEvent e)
    {
        lock (_gate)
        {
            if (_completed) return;
            _events.Add(e);
            onEvent?.Invoke(e);
        }
    }

    /// <summary>Stops accepting events (late writes from abandoned background work go to the real console).</summary>
    public void Complete()
    {
        lock (_gate) _completed = true;
    }
}
