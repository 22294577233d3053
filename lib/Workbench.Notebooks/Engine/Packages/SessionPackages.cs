using Workbench.Notebooks.Engine.Directives;

namespace Workbench.Notebooks.Engine.Packages;

/// <summary>
/// The packages of one session: what was asked for so far, what is restored, which assemblies are referenced. A request
/// already covered by the restored set costs nothing; a new one restores the whole (cumulative) set once.
/// </summary>
internal sealed class SessionPackages(string cacheRoot)
{
    private readonly PackageRestorer _restorer = new(cacheRoot);
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private PackageSet _requested = PackageSet.Empty;
    private PackageSet _restored = PackageSet.Empty;

    /// <summary>How many times the SDK actually ran a restore in this session.</summary>
    public int SdkRestores { get; private set; }

    public async Task<(IReadOnlyList<string> NewAssemblies, string? Conflict, string? Failure)> EnsureAsync(
        IReadOnlyList<PackageReferenceDirective> packages, IReadOnlyList<string> sources, CancellationToken ct)
    {
        if (packages.Count == 0 && sources.Count == 0) return ([], null, null);
        var (set, conflict) = _requested.With(packages, sources);
        if (conflict is not null) return ([], conflict, null);
        _requested = set;
        if (packages.All(_restored.Contains) && sources.All(_restored.Sources.Contains)) return ([], null, null);
        try
        {
            var assemblies = await _restorer.RestoreAsync(set, ct).ConfigureAwait(false);
            if (_restorer.LastRestoreRanSdk) SdkRestores++;
            _restored = set;
            var added = assemblies.Where(_referenced.Add).ToList();
            return (added, null, null);
        }
        catch (InvalidOperationException e)
        {
            return ([], null, e.Message);
        }
    }
}
