namespace Workbench.Diagnostics;

// WB020–WB039: knowledge files, tagging and evaluation.
public static partial class DiagnosticCatalog
{
    /// <summary>WB020: a knowledge file the cleaner or the tagger reads is missing; what it would have told is unknown.</summary>
    public static readonly DiagnosticDescriptor KnowledgeFileMissing =
        new("WB020", DiagnosticSeverity.Error, "knowledge file missing", "The knowledge file '{0}' was not found; the work goes on without it.");

    /// <summary>WB021: a row of a knowledge file lacks a required column.</summary>
    public static readonly DiagnosticDescriptor KnowledgeRowIncomplete =
        new("WB021", DiagnosticSeverity.Error, "incomplete knowledge row", "The row has no '{0}'; it is ignored.");

    /// <summary>WB022: a row names a label (event type, topic, country) that no file declares.</summary>
    public static readonly DiagnosticDescriptor UnknownLabel =
        new("WB022", DiagnosticSeverity.Error, "unknown label", "Unknown {0} '{1}' (declare it in {2}); the row is ignored.");

    /// <summary>WB023: a row repeats an alias or id already declared.</summary>
    public static readonly DiagnosticDescriptor DuplicateKnowledge =
        new("WB023", DiagnosticSeverity.Error, "duplicate knowledge", "Duplicate {0} '{1}' (already declared for '{2}'); the row is ignored.");

    /// <summary>WB024: the gold annotation file does not exist.</summary>
    public static readonly DiagnosticDescriptor GoldFileNotFound =
        new("WB024", DiagnosticSeverity.Error, "gold file not found", "No gold file at '{0}'.");

    /// <summary>WB025: a gold JSONL line is not a usable gold record.</summary>
    public static readonly DiagnosticDescriptor GoldLineMalformed =
        new("WB025", DiagnosticSeverity.Error, "malformed gold line", "The gold line is not a record in the gold schema: {0}");

    /// <summary>WB026: a gold record names an article the tagger did not see; it counts as all missed.</summary>
    public static readonly DiagnosticDescriptor GoldArticleMissing =
        new("WB026", DiagnosticSeverity.Warning, "gold article missing", "No tagged article '{0}'; its gold annotations count as missed.");

    /// <summary>WB027: tagging one article failed; the rest of the corpus is tagged.</summary>
    public static readonly DiagnosticDescriptor TaggingFailed =
        new("WB027", DiagnosticSeverity.Error, "tagging failed", "The article could not be tagged ({0}); it is left out of the tables.");

    /// <summary>WB028: a cell of a knowledge row holds a value its column cannot take (a weekday number 9, a count
    /// "many", a word of two words where one token is read).</summary>
    public static readonly DiagnosticDescriptor InvalidKnowledgeValue =
        new("WB028", DiagnosticSeverity.Error, "invalid knowledge value", "Invalid {0} '{1}' (expected {2}); the row is ignored.");
}
