using Microsoft.DotNet.Interactive.Formatting;
using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Engine.Formatting;

/// <summary>
/// Turns a value into a mime bundle with the Formatting package: <c>text/plain</c> always, <c>text/html</c> for
/// non-scalar values, plus any extra mime types preferred for the type (e.g. plotly JSON for charts).
/// </summary>
internal static class MimeFormatter
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";

    public static MimeBundle Format(object? value)
    {
        if (value is null) return MimeBundle.Of((PlainText, "<null>"));
        var entries = new List<(string, string)> { (PlainText, Formatter.ToDisplayString(value, PlainText)) };
        var type = value.GetType();
        if (!IsScalar(type))
        {
            RecordTableFormatter.RegisterIfRecordSequence(type);
            entries.Add((Html, Formatter.ToDisplayString(value, Html)));
        }
        foreach (var mime in Formatter.GetPreferredMimeTypesFor(type))
        {
            if (mime is PlainText or Html) continue;
            entries.Add((mime, Formatter.ToDisplayString(value, mime)));
        }
        return MimeBundle.Of([.. entries]);
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(TimeOnly);
}
