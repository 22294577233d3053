using System.Globalization;

namespace Workbench.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost (a file kind that is skipped, a guess that was made).</summary>
    Info,

    /// <summary>The input loaded, but a value may be wrong or something was dropped (a guessed encoding, a bad date).</summary>
    Warning,

    /// <summary>The input (a file, a JSONL line) could not be loaded at all.</summary>
    Error,
}

/// <summary>
/// One entry of the diagnostic catalogue: a stable code (<c>WB0xx</c>), its severity and its message template.
/// </summary>
/// <remarks>Codes never change meaning; tests check codes, not wording, so messages can be improved freely.</remarks>
/// <param name="Code">The stable code, <c>WB</c> and three digits.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Title">A short name for the problem ("empty file").</param>
/// <param name="MessageFormat">A composite format string for the message; arguments are given to <see cref="Create"/>.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Makes a diagnostic of this kind about <paramref name="file"/>.</summary>
    /// <param name="file">The file the problem is in, or <see langword="null"/> when it concerns no file.</param>
    /// <param name="line">The 1-based line (for JSONL), or <see langword="null"/>.</param>
    /// <param name="args">Values for <see cref="MessageFormat"/>.</param>
    /// <returns>The diagnostic.</returns>
    /// <example><c>DiagnosticCatalog.EmptyFile.Create("data/articles/x.txt", null)</c></example>
    public Diagnostic Create(string? file, int? line, params object?[] args) =>
        new(this, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), file, line);
}

/// <summary>A coded problem found in the input: what (<see cref="Code"/>), where (<see cref="File"/>, <see cref="Line"/>) and why.</summary>
/// <param name="Descriptor">The catalogue entry.</param>
/// <param name="Message">The message, with the particulars filled in.</param>
/// <param name="File">The file, or <see langword="null"/>.</param>
/// <param name="Line">The 1-based line number (JSONL), or <see langword="null"/>.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Message, string? File, int? Line)
{
    /// <summary>The stable code, e.g. <c>WB002</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The location as a person reads it: <c>file:line</c>, <c>file</c>, or empty.</summary>
    public string Location => (File, Line) switch
    {
        (null, _) => "",
        (var f, null) => f,
        (var f, var l) => string.Create(CultureInfo.InvariantCulture, $"{f}:{l}"),
    };

    /// <inheritdoc />
    public override string ToString() =>
        Location.Length == 0 ? $"{Code} {Severity.ToString().ToLowerInvariant()}: {Message}"
                             : $"{Location}: {Code} {Severity.ToString().ToLowerInvariant()}: {Message}";
}
