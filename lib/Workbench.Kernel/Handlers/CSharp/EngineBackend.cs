using Microsoft.CodeAnalysis;
using Workbench.Kernel.Protocol.Messages;
using Workbench.Notebooks.Engine;
using Workbench.Notebooks.Engine.Compilation;
using Workbench.Notebooks.Engine.Intellisense;

namespace Workbench.Kernel.Handlers.CSharp;

/// <summary>
/// C# through the notebook engine: one <see cref="ScriptSession"/> (the headless runner's, so outputs are the same), and
/// a Roslyn workspace fed with every cell that ran, for completion and quick info.
/// </summary>
internal sealed class EngineBackend : IExecutionBackend
{
    private readonly Lazy<ScriptSession> _session;
    private readonly Lazy<ScriptIntellisense> _intellisense;
    private readonly List<string> _ran = [];
    private readonly Lock _gate = new();
    private ScriptWorkspace? _workspace;
    private volatile Func<string, bool, string?>? _readLine;

    /// <summary>
    /// Nothing slow happens here, so the kernel answers <c>kernel_info</c> at once: the session is created on a background
    /// task started now, and the Roslyn workspace (MEF composition, seconds) only at the first completion or inspection.
    /// </summary>
    public EngineBackend(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _session = new(() => ScriptSession.Create(options with { ReadInput = (prompt, password) => _readLine?.Invoke(prompt, password) }));
        _intellisense = new(() => new ScriptIntellisense(CreateWorkspace(options)));
        _ = Task.Run(() => _session.Value);
    }

    public LanguageInfo Language { get; } = new("C#", "14.0", "text/x-csharp", ".cs", "csharp", "text/x-csharp", "script");

    public string Banner => "C# (Workbench): Roslyn scripting with the Workbench notebook engine";

    public async Task ExecuteAsync(ExecutionInput input, Action<ExecutionEvent> emit, CancellationToken cancellationToken)
    {
        _readLine = input.ReadLine;
        try
        {
            var outcome = await _session.Value.ExecuteAsync(
                input.Code,
                e => { if (EngineEvents.ToHandlerEvent(e) is { } mapped) emit(mapped); },
                timeout: null,
                cancellationToken).ConfigureAwait(false);
            if (outcome.Status == ExecutionStatus.Succeeded)
            {
                Record(EditableCode(input.Code));
            }
        }
        finally
        {
            _readLine = null;
        }
    }

    public async Task<CompletionResult> CompleteAsync(string code, int position, CancellationToken cancellationToken)
    {
        var result = await _intellisense.Value.CompleteAsync(EditableCode(code), position, cancellationToken).ConfigureAwait(false);
        return new CompletionResult(result.Items.Select(i => new CompletionCandidate(i.Text, i.Kind)).ToArray(), result.Start, result.End);
    }

    public async Task<InspectionResult?> InspectAsync(string code, int position, int detailLevel, CancellationToken cancellationToken)
    {
        var text = await _intellisense.Value.QuickInfoAsync(EditableCode(code), position, cancellationToken).ConfigureAwait(false);
        return text is null ? null : new InspectionResult(text, null);
    }

    public CompletenessResult IsComplete(string code) =>
        ScriptIntellisense.IsComplete(EditableCode(code)) ? new("complete") : new("incomplete", "    ");

    /// <summary>
    /// The cell as Roslyn's editor services should see it: kernel selectors (<c>#!csharp</c>) and package directives blanked
    /// with spaces, so every offset stays where it was.
    /// </summary>
    internal static string EditableCode(string code)
    {
        var chars = code.ToCharArray();
        var start = 0;
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.StartsWith("#r \"nuget:", StringComparison.Ordinal)
                || trimmed.StartsWith("#i ", StringComparison.Ordinal))
            {
                Array.Fill(chars, ' ', start, line.Length);
            }
            start += line.Length + 1;
        }
        return new string(chars);
    }

    private void Record(string code)
    {
        lock (_gate)
        {
            _ran.Add(code);
            _workspace?.AddSubmission(code);
        }
    }

    private ScriptWorkspace CreateWorkspace(SessionOptions options)
    {
        var folder = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        var scriptOptions = ScriptOptionsFactory.Create(options, folder);
        var workspace = new ScriptWorkspace(
            scriptOptions.MetadataReferences.OfType<PortableExecutableReference>(), scriptOptions.Imports, typeof(ScriptGlobals));
        lock (_gate)
        {
            _ran.ForEach(workspace.AddSubmission);
            _workspace = workspace;
        }
        return workspace;
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
        lock (_gate)
        {
            _workspace?.Dispose();
        }
    }
}
