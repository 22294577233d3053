using System.Collections;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace Workbench.Notebooks.Engine.Formatting;

/// <summary>
/// A sequence of records (or anonymous objects) as an HTML table, one column per property, first rows only. Registered
/// per concrete sequence type the first time one is formatted: a formatter for all of <see cref="IEnumerable"/> would
/// replace the Formatting package's default for every other sequence.
/// </summary>
internal static class RecordTableFormatter
{
    public const int MaxRows = 50;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Registered = new();

    /// <summary>Registers the table formatter for <paramref name="type"/> when it is a sequence of records.</summary>
    public static void RegisterIfRecordSequence(Type type)
    {
        if (Registered.ContainsKey(type)) return;
        var applies = type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            && ElementType(type) is { } element && IsRecordLike(element);
        if (Registered.TryAdd(type, applies) && applies)
        {
            Formatter.Register(type, (FormatDelegate<object>)((value, context) => Format((IEnumerable)value, context)), "text/html");
        }
    }

    private static bool Format(IEnumerable sequence, FormatContext context)
    {
        var type = ElementType(sequence.GetType())!;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
        var rows = sequence.Cast<object?>().Take(MaxRows + 1).ToList();
        var html = new StringBuilder("<table class=\"wb-records\"><thead><tr>");
        foreach (var p in properties) html.Append($"<th>{Encode(p.Name)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.Take(MaxRows))
        {
            html.Append("<tr>");
            foreach (var p in properties) html.Append($"<td>{Encode(row is null ? "" : Convert.ToString(p.GetValue(row), System.Globalization.CultureInfo.InvariantCulture))}</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (rows.Count > MaxRows) html.Append($"<p class=\"wb-records-more\">(first {MaxRows} rows shown)</p>");
        context.Writer.Write(html.ToString());
        return true;
    }

    private static Type? ElementType(Type sequenceType) =>
        sequenceType.IsArray ? sequenceType.GetElementType()
        : sequenceType.GetInterfaces().Append(sequenceType)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsRecordLike(Type type) =>
        type.GetMethod("<Clone>$") is not null
        || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance)?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null
        || (type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null);

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
