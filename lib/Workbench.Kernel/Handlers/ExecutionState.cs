namespace Workbench.Kernel.Handlers;

/// <summary>
/// The kernel's mutable session state, shared by the shell thread (runs cells) and the control thread (interrupts them):
/// the execution counter, the running cell's cancellation, and the input history.
/// </summary>
internal sealed class ExecutionState
{
    private readonly Lock _gate = new();
    private readonly List<string> _history = [];
    private CancellationTokenSource? _running;

    public int ExecutionCount { get; private set; }

    /// <summary>Starts a cell: the count it runs under and a token that <see cref="Interrupt"/> cancels.</summary>
    public (int Count, CancellationTokenSource Cancellation) Begin(string code, bool counted, CancellationToken kernelStopping)
    {
        lock (_gate)
        {
            if (counted)
            {
                ExecutionCount++;
                _history.Add(code);
            }
            _running = CancellationTokenSource.CreateLinkedTokenSource(kernelStopping);
            return (ExecutionCount, _running);
        }
    }

    public void End(CancellationTokenSource cancellation)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_running, cancellation))
            {
                _running = null;
            }
        }
        cancellation.Dispose();
    }

    /// <summary>Cancels the running cell, if any; true when one was running.</summary>
    public bool Interrupt()
    {
        lock (_gate)
        {
            if (_running is null)
            {
                return false;
            }
            _running.Cancel();
            return true;
        }
    }

    public IReadOnlyList<(int Line, string Input)> History()
    {
        lock (_gate)
        {
            return _history.Select((code, i) => (i + 1, code)).ToArray();
        }
    }
}
