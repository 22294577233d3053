using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Runner;

/// <summary>
/// Papermill-style parameters: the first cell tagged <c>parameters</c> declares defaults; values given on the command
/// line become an <c>injected-parameters</c> cell right after it, each typed like its default, and are recorded in the
/// notebook metadata (<c>workbench.parameters</c>). An earlier injected cell is replaced.
/// </summary>
internal static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static (Notebook Notebook, IReadOnlyList<NotebookDiagnostic> Errors) Inject(
        Notebook notebook, IReadOnlyDictionary<string, string> values, string? file)
    {
        if (values.Count == 0) return (notebook, []);
        var cells = notebook.Cells.Where(c => !c.Tags.Contains(InjectedTag)).ToList();
        var index = cells.FindIndex(c => c.Kind == CellKind.Code && c.Tags.Contains(ParametersTag));
        if (index < 0)
        {
            return (notebook, [new NotebookDiagnostic(DiagnosticCodes.NoParametersCell, "parameters were given but no cell is tagged 'parameters'", file)]);
        }
        var defaults = Declarations(cells[index].Source);
        var errors = new List<NotebookDiagnostic>();
        var lines = new List<string> { "// Parameters injected by workbench run" };
        foreach (var (name, raw) in values)
        {
            if (!defaults.TryGetValue(name, out var type))
            {
                errors.Add(new NotebookDiagnostic(DiagnosticCodes.UnknownParameter,
                    $"'{name}' is not declared in the parameters cell (declared: {string.Join(", ", defaults.Keys)})", file, index + 1));
                continue;
            }
            if (ParameterLiteral.Format(type, raw) is { } literal) lines.Add($"{type} {name} = {literal};");
            else errors.Add(new NotebookDiagnostic(DiagnosticCodes.BadParameterValue, $"'{raw}' is not a valid {type} for '{name}'", file, index + 1));
        }
        if (errors.Count > 0) return (notebook, errors);
        var injected = new NotebookCell(NotebookCell.NewId(), CellKind.Code, string.Join('\n', lines))
        {
            Metadata = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
        };
        cells.Insert(index + 1, injected);
        var metadata = (JsonObject)notebook.Metadata.DeepClone();
        var workbench = metadata["workbench"] as JsonObject ?? [];
        var recorded = new JsonObject();
        foreach (var (name, raw) in values) recorded[name] = raw;
        workbench["parameters"] = recorded;
        metadata["workbench"] = workbench;
        return (notebook with { Cells = cells, Metadata = metadata }, []);
    }

    /// <summary>The declared type of each top-level variable of the parameters cell (<c>var</c> inferred from its literal).</summary>
    internal static Dictionary<string, string> Declarations(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetCompilationUnitRoot();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in root.DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            if (declaration.Parent is not (FieldDeclarationSyntax or LocalDeclarationStatementSyntax)) continue;
            foreach (var variable in declaration.Variables)
            {
                var type = declaration.Type.IsVar ? Infer(variable.Initializer?.Value) : declaration.Type.ToString();
                if (type is not null) result[variable.Identifier.Text] = type;
            }
        }
        return result;
    }

    private static string? Infer(ExpressionSyntax? value) => value switch
    {
        LiteralExpressionSyntax { Token.Value: string } => "string",
        LiteralExpressionSyntax { Token.Value: bool } => "bool",
        LiteralExpressionSyntax { Token.Value: char } => "char",
        LiteralExpressionSyntax { Token.Value: { } v } => CSharpName(v.GetType()),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: var operand } => Infer(operand),
        _ => null,
    };

    private static string? CSharpName(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int32 => "int", TypeCode.Int64 => "long", TypeCode.UInt32 => "uint", TypeCode.UInt64 => "ulong",
        TypeCode.Double => "double", TypeCode.Single => "float", TypeCode.Decimal => "decimal",
        _ => null,
    };
}
