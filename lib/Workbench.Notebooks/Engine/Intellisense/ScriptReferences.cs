using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Workbench.Notebooks.Engine.Intellisense;

/// <summary>Metadata references for the editing workspace: the runtime's own assemblies plus those a session adds.</summary>
internal static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Runtime = new(LoadRuntime);

    /// <summary>The framework assemblies (System.*, netstandard, …) every script sees, plus <paramref name="extra"/>.</summary>
    public static IReadOnlyList<MetadataReference> With(IEnumerable<Assembly> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var added = extra
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .Select(a => a.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return [.. Runtime.Value, .. added];
    }

    private static IReadOnlyList<MetadataReference> LoadRuntime()
    {
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator);
        return paths
            .Where(p => Path.GetFileName(p) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }
}
