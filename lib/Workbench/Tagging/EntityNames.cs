using Workbench.Knowledge;

namespace Workbench.Tagging;

/// <summary>Display names of non-person entities: the English name from the knowledge, else the commonest surface.</summary>
internal static class EntityNames
{
    public static string Display(KnowledgeData k, string type, string id, IEnumerable<string> surfaces) =>
        k.Name(type, Local(id)) ?? surfaces.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;

    /// <summary>The id without its type prefix: <c>country:RU</c> → <c>RU</c>.</summary>
    public static string Local(string id) => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
