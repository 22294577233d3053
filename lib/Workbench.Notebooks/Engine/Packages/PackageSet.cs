using System.Security.Cryptography;
using System.Text;
using Workbench.Notebooks.Engine.Directives;

namespace Workbench.Notebooks.Engine.Packages;

/// <summary>A set of NuGet packages and sources; its <see cref="Key"/> names the restore cache folder.</summary>
internal sealed record PackageSet(IReadOnlyList<(string Name, string? Version)> Packages, IReadOnlyList<string> Sources)
{
    public static PackageSet Empty { get; } = new([], []);

    public string Key
    {
        get
        {
            var text = string.Join('\n', Packages.Select(p => $"{p.Name.ToLowerInvariant()}/{p.Version ?? "*"}"))
                + "\n--\n" + string.Join('\n', Sources);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        }
    }

    public bool Contains(PackageReferenceDirective p) => Packages.Any(x =>
        string.Equals(x.Name, p.Name, StringComparison.OrdinalIgnoreCase) && (p.Version is null || x.Version == p.Version));

    /// <summary>Adds packages and sources; returns an error message when a package is asked for in two versions.</summary>
    public (PackageSet Set, string? Conflict) With(IEnumerable<PackageReferenceDirective> packages, IEnumerable<string> sources)
    {
        var merged = Packages.ToDictionary(p => p.Name, p => p.Version, StringComparer.OrdinalIgnoreCase);
        foreach (var p in packages)
        {
            if (merged.TryGetValue(p.Name, out var existing))
            {
                if (p.Version is not null && existing is not null && existing != p.Version)
                {
                    return (this, $"package '{p.Name}' is asked for in two versions: {existing} and {p.Version}");
                }
                merged[p.Name] = existing ?? p.Version;
                continue;
            }
            merged[p.Name] = p.Version;
        }
        var list = merged.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => (p.Key, p.Value)).ToList();
        return (new PackageSet(list, Sources.Concat(sources).Distinct().Order(StringComparer.Ordinal).ToList()), null);
    }
}
