using System.Collections.Frozen;

namespace Workbench.Cleaning;

/// <summary>A news outlet as <c>data/knowledge/outlets.jsonl</c> describes it.</summary>
/// <param name="Id">The stable id (<c>vna</c>).</param>
/// <param name="Name">The canonical name reported as <c>Article.Outlet</c> (<c>VNA</c>).</param>
/// <param name="Aliases">Other ways texts name it (<c>TTXVN</c>, <c>Vietnam News Agency</c>).</param>
/// <param name="Domains">Its web domains, for URLs.</param>
public sealed record OutletInfo(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains);

/// <summary>Finds the canonical outlet for an alias or a URL.</summary>
public sealed class OutletDirectory
{
    private readonly FrozenDictionary<string, OutletInfo> _byAlias;
    private readonly FrozenDictionary<string, OutletInfo> _byDomain;

    /// <summary>Indexes <paramref name="outlets"/> by name, alias and domain (case-insensitive).</summary>
    /// <param name="outlets">The outlets.</param>
    public OutletDirectory(IEnumerable<OutletInfo> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        All = outlets.ToArray();
        var byAlias = new Dictionary<string, OutletInfo>(StringComparer.OrdinalIgnoreCase);
        var byDomain = new Dictionary<string, OutletInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in All)
        {
            byAlias.TryAdd(o.Name, o);
            foreach (var a in o.Aliases)
            {
                byAlias.TryAdd(a, o);
            }
            foreach (var d in o.Domains)
            {
                byDomain.TryAdd(d, o);
            }
        }
        _byAlias = byAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        AliasPattern = string.Join('|', _byAlias.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(System.Text.RegularExpressions.Regex.Escape));
    }

    /// <summary>Every outlet, in file order.</summary>
    public IReadOnlyList<OutletInfo> All { get; }

    /// <summary>A regex alternation of every name and alias, longest first (what <c>{outlet}</c> expands to in rules).</summary>
    public string AliasPattern { get; }

    /// <summary>The outlet a name or alias stands for, or <see langword="null"/>.</summary>
    /// <param name="alias">A name as a text wrote it ("TTXVN").</param>
    public OutletInfo? FindByAlias(string alias) =>
        _byAlias.GetValueOrDefault(alias.Trim().TrimEnd('.', ',', ';', ':'));

    /// <summary>The outlet whose domain hosts <paramref name="url"/>, or <see langword="null"/>.</summary>
    /// <param name="url">An absolute URL.</param>
    public OutletInfo? FindByUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var host = uri.Host;
        while (true)
        {
            if (_byDomain.TryGetValue(host, out var o))
            {
                return o;
            }
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || host.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }
            host = host[(dot + 1)..]; // www.vov.vn → vov.vn
        }
    }
}
