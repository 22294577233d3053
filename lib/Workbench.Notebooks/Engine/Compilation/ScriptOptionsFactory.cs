using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Workbench.Notebooks.Engine.Compilation;

/// <summary>The Roslyn script options of a session: framework and engine references, default imports, resolvers.</summary>
internal static class ScriptOptionsFactory
{
    public static readonly string[] DefaultImports =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading",
        "System.Threading.Tasks", "System.Net.Http",
    ];

    public static ScriptOptions Create(SessionOptions options, string workingDirectory) =>
        ScriptOptions.Default
            .WithReferences(DefaultReferences().Concat(options.References.Select(p => MetadataReference.CreateFromFile(p))))
            .WithImports(DefaultImports.Concat(options.Imports))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, workingDirectory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithAllowUnsafe(true)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);

    private static IEnumerable<MetadataReference> DefaultReferences()
    {
        var framework = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal)
                || f is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll" or "Microsoft.Win32.Primitives.dll"));
        var engine = new[]
        {
            typeof(ScriptGlobals).Assembly, typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
            typeof(Microsoft.ML.IDataView).Assembly, typeof(Plotly.NET.GenericChart).Assembly,
            typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly, typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
        }.Select(a => a.Location);
        return framework.Concat(engine).Where(p => p.Length > 0).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
    }
}
