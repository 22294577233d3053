using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Workbench.Notebooks.Runner;

/// <summary>Turns a command-line value into a C# literal of the parameter's type, or null when it does not fit.</summary>
internal static class ParameterLiteral
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string? Format(string type, string raw) => type switch
    {
        "string" or "String" or "string?" => SymbolDisplay.FormatLiteral(raw, quote: true),
        "bool" or "Boolean" => bool.TryParse(raw, out var b) ? (b ? "true" : "false") : null,
        "char" => raw.Length == 1 ? SymbolDisplay.FormatLiteral(raw[0], quote: true) : null,
        "int" or "Int32" => int.TryParse(raw, NumberStyles.Integer, Invariant, out var i) ? i.ToString(Invariant) : null,
        "long" or "Int64" => long.TryParse(raw, NumberStyles.Integer, Invariant, out var l) ? l.ToString(Invariant) + "L" : null,
        "uint" => uint.TryParse(raw, NumberStyles.Integer, Invariant, out var u) ? u.ToString(Invariant) + "U" : null,
        "ulong" => ulong.TryParse(raw, NumberStyles.Integer, Invariant, out var ul) ? ul.ToString(Invariant) + "UL" : null,
        "double" or "Double" => double.TryParse(raw, NumberStyles.Float, Invariant, out var d) && double.IsFinite(d) ? d.ToString("R", Invariant) + "d" : null,
        "float" or "Single" => float.TryParse(raw, NumberStyles.Float, Invariant, out var f) && float.IsFinite(f) ? f.ToString("R", Invariant) + "f" : null,
        "decimal" or "Decimal" => decimal.TryParse(raw, NumberStyles.Float, Invariant, out var m) ? m.ToString(Invariant) + "m" : null,
        "DateTime" => DateTime.TryParse(raw, Invariant, DateTimeStyles.RoundtripKind, out _)
            ? $"System.DateTime.Parse({SymbolDisplay.FormatLiteral(raw, quote: true)}, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)" : null,
        "DateOnly" => DateOnly.TryParse(raw, Invariant, out _)
            ? $"System.DateOnly.Parse({SymbolDisplay.FormatLiteral(raw, quote: true)}, System.Globalization.CultureInfo.InvariantCulture)" : null,
        _ => null,
    };
}
