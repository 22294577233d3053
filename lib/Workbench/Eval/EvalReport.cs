namespace Workbench.Eval;

/// <summary>Precision, recall and F1 of one annotation kind, from true positives and the two totals.</summary>
/// <param name="Kind">persons, countries, locations, topics or events.</param>
/// <param name="TruePositives">Predictions that match a gold annotation.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold annotations.</param>
public sealed record Score(string Kind, int TruePositives, int Predicted, int Gold)
{
    /// <summary>Matched predictions over all predictions (1 when nothing was predicted and nothing was expected).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;

    /// <summary>Matched gold annotations over all gold annotations.</summary>
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The share of articles whose metadata field equals the gold value.</summary>
/// <param name="Field">title, published, language or outlet.</param>
/// <param name="Correct">Articles with the right value.</param>
/// <param name="Total">Articles compared.</param>
public sealed record Accuracy(string Field, int Correct, int Total)
{
    /// <summary>Correct over total.</summary>
    public double Value => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>The result of scoring tagger output against gold annotations.</summary>
/// <param name="Scores">P/R/F1 per kind.</param>
/// <param name="Accuracies">Accuracy per metadata field.</param>
/// <param name="Articles">How many gold articles were scored.</param>
/// <param name="Diagnostics">Problems met (missing gold file, malformed lines, articles missing).</param>
public sealed record EvalReport(IReadOnlyList<Score> Scores, IReadOnlyList<Accuracy> Accuracies, int Articles,
    IReadOnlyList<Diagnostics.Diagnostic> Diagnostics);
