using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

/// <summary>Small helpers shared by the engine tests.</summary>
internal static class Run
{
    public static async Task<ExecutionOutcome> Cell(ScriptSession session, string code, TimeSpan? timeout = null) =>
        await session.ExecuteAsync(code, timeout: timeout);

    public static string? Plain(this ExecutionOutcome outcome) =>
        outcome.Events.OfType<ResultEvent>().SingleOrDefault()?.Data.Get("text/plain");

    public static ErrorEvent Error(this ExecutionOutcome outcome) => outcome.Events.OfType<ErrorEvent>().Single();
}
