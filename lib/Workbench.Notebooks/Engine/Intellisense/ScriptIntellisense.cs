using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Tags;

namespace Workbench.Notebooks.Engine.Intellisense;

/// <summary>One completion: what to insert and its kind, in Jupyter's words (<c>method</c>, <c>class</c>, …).</summary>
internal sealed record ScriptCompletion(string Text, string Kind);

/// <summary>Completions and the span of the cell they replace (UTF-16 offsets, end exclusive).</summary>
internal sealed record ScriptCompletions(IReadOnlyList<ScriptCompletion> Items, int Start, int End);

/// <summary>
/// Completion, quick info and "is this cell complete" for C# script cells, over a <see cref="ScriptWorkspace"/> that
/// holds the cells already run. Offsets are UTF-16; the kernel converts from Jupyter's code points.
/// </summary>
internal sealed class ScriptIntellisense(ScriptWorkspace workspace)
{
    public async Task<ScriptCompletions> CompleteAsync(string code, int position, CancellationToken cancellationToken)
    {
        position = Math.Clamp(position, 0, code.Length);
        var document = workspace.Draft(code);
        var service = CompletionService.GetService(document);
        if (service is null)
        {
            return new([], position, position);
        }
        var list = await service.GetCompletionsAsync(document, position, cancellationToken: cancellationToken).ConfigureAwait(false);
        var span = list.Span;
        var typed = code[span.Start..position];
        var items = list.ItemsList
            .Where(i => i.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.FilterText.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(i => i.SortText, StringComparer.Ordinal)
            .Select(i => new ScriptCompletion(InsertionText(i), CompletionKinds.Of(i.Tags)))
            .DistinctBy(c => c.Text)
            .ToArray();
        return new(items, span.Start, Math.Max(span.End, position));
    }

    /// <summary>Quick info at <paramref name="position"/> (the symbol under or just before the cursor), or null.</summary>
    public async Task<string?> QuickInfoAsync(string code, int position, CancellationToken cancellationToken)
    {
        position = Math.Clamp(position, 0, code.Length);
        var document = workspace.Draft(code);
        var service = QuickInfoService.GetService(document);
        if (service is null)
        {
            return null;
        }
        var info = await service.GetQuickInfoAsync(document, position, cancellationToken).ConfigureAwait(false);
        if ((info is null || info.Sections.IsEmpty) && position > 0)
        {
            info = await service.GetQuickInfoAsync(document, position - 1, cancellationToken).ConfigureAwait(false);
        }
        if (info is null || info.Sections.IsEmpty)
        {
            return null;
        }
        return string.Join("\n", info.Sections.Select(s => s.Text).Where(t => t.Length > 0));
    }

    /// <summary>True when the cell parses as a complete script submission (no open block, string or statement).</summary>
    public static bool IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return SyntaxFactory.IsCompleteSubmission(SyntaxFactory.ParseSyntaxTree(code, ScriptWorkspace.ParseOptions));
    }

    private static string InsertionText(CompletionItem item) =>
        item.Properties.TryGetValue("InsertionText", out var text) && !string.IsNullOrEmpty(text) ? text : item.DisplayText;
}

/// <summary>Roslyn's completion tags in the words Jupyter front ends show.</summary>
internal static class CompletionKinds
{
    private static readonly (string Tag, string Kind)[] Map =
    [
        (WellKnownTags.Method, "method"), (WellKnownTags.ExtensionMethod, "method"), (WellKnownTags.Property, "property"),
        (WellKnownTags.Field, "field"), (WellKnownTags.Event, "event"), (WellKnownTags.Class, "class"),
        (WellKnownTags.Structure, "struct"), (WellKnownTags.Interface, "interface"), (WellKnownTags.Enum, "enum"),
        (WellKnownTags.EnumMember, "enum member"), (WellKnownTags.Delegate, "delegate"), (WellKnownTags.Namespace, "module"),
        (WellKnownTags.Keyword, "keyword"), (WellKnownTags.Local, "variable"), (WellKnownTags.Parameter, "parameter"),
        (WellKnownTags.Constant, "constant"), (WellKnownTags.TypeParameter, "type parameter"),
    ];

    public static string Of(ImmutableArray<string> tags) =>
        Map.FirstOrDefault(m => tags.Contains(m.Tag)).Kind ?? "text";
}
