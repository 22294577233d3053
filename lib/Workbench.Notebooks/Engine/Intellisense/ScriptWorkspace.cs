using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace Workbench.Notebooks.Engine.Intellisense;

/// <summary>
/// A Roslyn workspace that mirrors a script session: one submission project per executed cell, each referencing the one
/// before (so variables, types and usings of earlier cells are in scope), and a last project holding the cell being
/// edited. Completion and quick info ask Roslyn's own services against that last document.
/// </summary>
internal sealed class ScriptWorkspace : IDisposable
{
    private readonly AdhocWorkspace _workspace = new(MefHostServices.DefaultHost);
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly CSharpCompilationOptions _options;
    private readonly Type? _globalsType;
    private ProjectId? _previous;
    private int _submissions;

    public ScriptWorkspace(IEnumerable<MetadataReference> references, IEnumerable<string> imports, Type? globalsType)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(imports);
        _references = references.ToArray();
        _options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: imports, allowUnsafe: true);
        _globalsType = globalsType;
    }

    /// <summary>Script parse options: the same kind of syntax the engine compiles.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Records an executed cell, so later cells see what it declared.</summary>
    public void AddSubmission(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (_gate)
        {
            var document = WithSubmission(code);
            _workspace.TryApplyChanges(document.Project.Solution);
            _previous = document.Project.Id;
        }
    }

    /// <summary>A document for <paramref name="code"/> as the next submission, without changing the chain.</summary>
    public Document Draft(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (_gate)
        {
            return WithSubmission(code);
        }
    }

    /// <summary>The current solution plus one submission project for <paramref name="code"/>; a snapshot, not applied.</summary>
    private Document WithSubmission(string code)
    {
        var name = $"Submission{++_submissions}";
        var project = ProjectInfo.Create(
            ProjectId.CreateNewId(name),
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: _options,
            parseOptions: ParseOptions,
            metadataReferences: _references,
            projectReferences: _previous is null ? [] : [new ProjectReference(_previous)],
            isSubmission: true,
            hostObjectType: _globalsType);
        var solution = _workspace.CurrentSolution.AddProject(project);
        var documentId = DocumentId.CreateNewId(project.Id, name);
        solution = solution.AddDocument(
            DocumentInfo.Create(documentId, $"{name}.csx", sourceCodeKind: SourceCodeKind.Script,
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(code), VersionStamp.Create()))));
        return solution.GetDocument(documentId)!;
    }

    public void Dispose() => _workspace.Dispose();
}
