namespace Workbench.Notebooks.Engine;

/// <summary>How a submission ended.</summary>
public enum ExecutionStatus
{
    /// <summary>It ran to the end.</summary>
    Succeeded,
    /// <summary>It did not compile, threw, or a directive failed.</summary>
    Failed,
    /// <summary>It was interrupted or timed out and stopped (cooperatively or by being abandoned).</summary>
    Cancelled,
}

/// <summary>The end of one submission: its number, how it ended, and every event it produced, in order.</summary>
/// <param name="ExecutionCount">The execution count given to the submission (1, 2, …; restarts at 1 after a reset).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Events">The events, in the order they happened.</param>
/// <param name="Abandoned">True when the cell ignored cancellation and is still running on a background thread; only
/// ending the process stops it.</param>
public sealed record ExecutionOutcome(
    int ExecutionCount, ExecutionStatus Status, IReadOnlyList<ExecutionEvent> Events, bool Abandoned = false);
