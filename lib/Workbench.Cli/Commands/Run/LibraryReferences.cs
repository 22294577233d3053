using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Workbench.Cli.Commands.Run;

/// <summary>
/// The assemblies notebooks run by the command line can use without <c>#r</c>: the news library (Workbench.dll next to
/// the command line) and the packages it references that ship with it (e.g. Plotly.NET.CSharp). Found by file and read
/// as metadata, never loaded here: the command line's own assembly is named <c>workbench</c>, which the runtime would
/// confuse with <c>Workbench</c>.
/// </summary>
internal static class LibraryReferences
{
    public static IReadOnlyList<string> Paths { get; } = Find();

    private static List<string> Find()
    {
        var folder = AppContext.BaseDirectory;
        var library = Path.Combine(folder, "Workbench.dll");
        if (!File.Exists(library)) return [];
        var paths = new List<string> { library };
        using (var pe = new PEReader(File.OpenRead(library)))
        {
            var metadata = pe.GetMetadataReader();
            var names = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name));
            foreach (var name in names.Append("Plotly.NET.CSharp"))
            {
                var candidate = Path.Combine(folder, name + ".dll");
                if (File.Exists(candidate)) paths.Add(candidate);
            }
        }
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }
}
