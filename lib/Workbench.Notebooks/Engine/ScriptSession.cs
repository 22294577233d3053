using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Engine.Capture;
using Workbench.Notebooks.Engine.Compilation;
using Workbench.Notebooks.Engine.Directives;
using Workbench.Notebooks.Engine.Formatting;
using Workbench.Notebooks.Engine.Packages;

namespace Workbench.Notebooks.Engine;

/// <summary>
/// A C# script session: one per notebook or kernel. Each submission continues the previous one (Roslyn
/// <c>RunAsync</c>, then <c>ContinueWith</c>), so variables, types and usings persist. Events (console text, displays,
/// the trailing value, errors) are delivered as they happen. One submission runs at a time; no file or console I/O
/// beyond what cells do themselves.
/// </summary>
/// <example>
/// <code>
/// using var session = ScriptSession.Create(new SessionOptions { WorkingDirectory = folder });
/// var outcome = await session.ExecuteAsync("var x = 6 * 7;\nx", e =&gt; Console.WriteLine(e));
/// </code>
/// </example>
public sealed partial class ScriptSession : IDisposable
{
    private readonly SessionOptions _options;
    private readonly string _workingDirectory;
    private readonly ScriptGlobals _globals = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SessionPackages _packages;
    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;
    private CancellationTokenSource? _running;

    private ScriptSession(SessionOptions options)
    {
        _options = options;
        _workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());
        _scriptOptions = ScriptOptionsFactory.Create(options, _workingDirectory);
        _packages = new SessionPackages(options.PackageCacheDirectory ?? PackageRestorer.DefaultCacheRoot);
    }

    /// <summary>Creates a session; installs the console capture and registers the engine's formatters (both once per process).</summary>
    /// <param name="options">The session's options, or null for the defaults.</param>
    /// <returns>A new, empty session.</returns>
    public static ScriptSession Create(SessionOptions? options = null)
    {
        ConsoleRouter.EnsureInstalled();
        NotebookFormatters.Register();
        return new ScriptSession(options ?? new SessionOptions());
    }

    /// <summary>The number of submissions run since the session started or was reset (Jupyter's execution count).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>How many NuGet restores actually ran the SDK (cached package sets do not count).</summary>
    public int PackageRestores => _packages.SdkRestores;

    /// <summary>
    /// Restores, in one go, every <c>#r "nuget:"</c> package the given cells ask for, so running them later restores
    /// nothing more. Returns the problem (two versions of a package, a failed restore) or null.
    /// </summary>
    /// <param name="cells">The sources of all code cells of the notebook.</param>
    /// <param name="cancellationToken">Cancels the restore.</param>
    /// <returns>An error event, or null when all packages are available.</returns>
    public async Task<ErrorEvent?> PreparePackagesAsync(IEnumerable<string> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var parsed = cells.Select(c => DirectiveParser.Parse(c)).ToList();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await EnsurePackagesAsync(
                parsed.SelectMany(p => p.Packages).ToList(), parsed.SelectMany(p => p.Sources).Select(s => s.Source).ToList(),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Cancels the running submission: its <c>CancellationToken</c> global fires; a cell that ignores it is
    /// abandoned after <see cref="SessionOptions.InterruptGrace"/>.</summary>
    public void Interrupt()
    {
        try
        {
            _running?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the submission just ended
        }
    }

    /// <summary>Forgets all state (variables, usings, packages) and restarts the execution count at 0.</summary>
    public void Reset()
    {
        Interrupt();
        _gate.Wait();
        try
        {
            _state = null;
            ExecutionCount = 0;
            _scriptOptions = ScriptOptionsFactory.Create(_options, _workingDirectory);
            _packages = new SessionPackages(_options.PackageCacheDirectory ?? PackageRestorer.DefaultCacheRoot);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Interrupts any running submission and releases the session.</summary>
    public void Dispose()
    {
        Interrupt();
        _state = null;
    }

    /// <summary>A URL stays as is; a folder is taken relative to the working directory, not the restore cache.</summary>
    private string ResolveSource(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? source : Path.GetFullPath(Path.Combine(_workingDirectory, source));

    private async Task<ErrorEvent?> EnsurePackagesAsync(
        IReadOnlyList<PackageReferenceDirective> packages, IReadOnlyList<string> sources, CancellationToken ct)
    {
        var resolved = sources.Select(ResolveSource).ToList();
        var (added, conflict, failure) = await _packages.EnsureAsync(packages, resolved, ct).ConfigureAwait(false);
        if (conflict is not null) return ErrorReports.FromCode(DiagnosticCodes.ConflictingPackageVersions, "PackageConflict", conflict);
        if (failure is not null) return ErrorReports.FromCode(DiagnosticCodes.RestoreFailed, "RestoreFailed", failure);
        if (added.Count > 0) _scriptOptions = _scriptOptions.AddReferences(added.Select(p => MetadataReference.CreateFromFile(p)));
        return null;
    }
}
