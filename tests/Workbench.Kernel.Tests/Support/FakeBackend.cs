using Workbench.Kernel.Handlers;
using Workbench.Kernel.Protocol.Messages;

namespace Workbench.Kernel.Tests.Support;

/// <summary>
/// A tiny language for protocol tests: each line is a command (<c>print x</c>, <c>display id x</c>, <c>update id x</c>,
/// <c>result x</c>, <c>fail x</c>, <c>wait</c> until cancelled, <c>input prompt</c>). Completion offers words ending at the
/// cursor; <c>Executed</c> records what ran.
/// </summary>
internal sealed class FakeBackend : IExecutionBackend
{
    private static readonly string[] Words = ["xin_chào", "xin_lỗi", "xuất"];

    public List<string> Executed { get; } = [];

    public LanguageInfo Language { get; } = new("fake", "1.0", "text/plain", ".txt", "text", "text", "script");

    public string Banner => "fake backend";

    public async Task ExecuteAsync(ExecutionInput input, Action<ExecutionEvent> emit, CancellationToken cancellationToken)
    {
        lock (Executed)
        {
            Executed.Add(input.Code);
        }
        foreach (var line in input.Code.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (verb, rest) = line.IndexOf(' ') is var i and >= 0 ? (line[..i], line[(i + 1)..]) : (line, "");
            switch (verb)
            {
                case "print": emit(new StreamEvent("stdout", rest + "\n")); break;
                case "warn": emit(new StreamEvent("stderr", rest + "\n")); break;
                case "display": emit(Display(rest, update: false)); break;
                case "update": emit(Display(rest, update: true)); break;
                case "result": emit(new ResultEvent(Plain(rest), new Dictionary<string, object>())); break;
                case "fail": emit(new ErrorEvent("FakeError", rest, [$"FakeError: {rest}"])); return;
                case "wait": await Task.Delay(Timeout.Infinite, cancellationToken); break;
                case "input":
                    var answer = input.ReadLine(rest, false) ?? "<no stdin>";
                    emit(new StreamEvent("stdout", $"got {answer}\n"));
                    break;
            }
        }
    }

    public Task<CompletionResult> CompleteAsync(string code, int position, CancellationToken cancellationToken)
    {
        var start = position;
        while (start > 0 && (char.IsLetter(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }
        var prefix = code[start..position];
        var matches = Words.Where(w => w.StartsWith(prefix, StringComparison.Ordinal)).Select(w => new CompletionCandidate(w, "keyword"));
        return Task.FromResult(new CompletionResult(matches.ToArray(), start, position));
    }

    public Task<InspectionResult?> InspectAsync(string code, int position, int detailLevel, CancellationToken cancellationToken) =>
        Task.FromResult<InspectionResult?>(position < code.Length ? new InspectionResult($"char '{code[position]}' at {position}", null) : null);

    public CompletenessResult IsComplete(string code) =>
        code.TrimEnd().EndsWith('{') ? new("incomplete", "    ") : new("complete");

    public void Dispose()
    {
    }

    private static DisplayEvent Display(string rest, bool update)
    {
        var parts = rest.Split(' ', 2);
        return new DisplayEvent(Plain(parts.Length > 1 ? parts[1] : ""), new Dictionary<string, object>(), parts[0], update);
    }

    private static Dictionary<string, object> Plain(string text) => new() { ["text/plain"] = text };
}
