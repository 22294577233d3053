using Workbench.Notebooks.Diagnostics;

namespace Workbench.Notebooks.Documents;

/// <summary>Thrown by the codecs when a file is not a notebook they can read; carries a coded diagnostic.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception from its diagnostic.</summary>
    /// <param name="diagnostic">What is wrong and where.</param>
    public NotebookFormatException(NotebookDiagnostic diagnostic)
        : base(diagnostic?.ToString()) => Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));

    /// <summary>What is wrong and where (code WB100–WB102).</summary>
    public NotebookDiagnostic Diagnostic { get; }
}
