using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Workbench.Notebooks.Engine.Compilation;

/// <summary>A compiled submission: the script to run, whether it ends in a value, and its compile errors.</summary>
internal sealed record CompiledSubmission(Script<object> Script, bool HasResult, ImmutableArray<Diagnostic> Errors);

/// <summary>
/// Compiles a cell as the next submission of a script chain. Roslyn 5.12 has no public "returns a value" flag, so a
/// cell has a result when its last statement is an expression statement whose semicolon is missing and whose type is
/// not void.
/// </summary>
internal static class SubmissionCompiler
{
    public static CompiledSubmission Compile(string code, ScriptOptions options, ScriptState<object>? previous, CancellationToken ct)
    {
        var script = previous is null
            ? CSharpScript.Create(code, options, typeof(ScriptGlobals))
            : previous.Script.ContinueWith(code, options);
        var errors = script.Compile(ct).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new CompiledSubmission(script, errors.IsEmpty && HasTrailingValue(script, ct), errors);
    }

    private static bool HasTrailingValue(Script script, CancellationToken ct)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.LastOrDefault(t => t.Options.Kind == SourceCodeKind.Script && t.FilePath.Length == 0)
            ?? compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetCompilationUnitRoot(ct).Members.LastOrDefault() is not GlobalStatementSyntax
            {
                Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement,
            })
        {
            return false;
        }
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression, ct).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
