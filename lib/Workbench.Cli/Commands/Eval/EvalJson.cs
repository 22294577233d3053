using System.Text.Json;
using Workbench.Eval;

namespace Workbench.Cli.Commands.Eval;

/// <summary>The JSON shape of <c>workbench eval --json</c>.</summary>
internal static class EvalJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static object From(EvalReport report) => new
    {
        articles = report.Articles,
        scores = report.Scores.ToDictionary(s => s.Kind, s => new
        {
            precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
            tp = s.TruePositives, predicted = s.Predicted, gold = s.Gold,
        }),
        accuracy = report.Accuracies.ToDictionary(a => a.Field, a => Math.Round(a.Value, 4)),
        diagnostics = report.Diagnostics.Select(d => new { code = d.Code, message = d.Message, file = d.File, line = d.Line }),
    };
}
