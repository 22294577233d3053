using System.Text.Json.Nodes;

namespace Workbench.Notebooks.Documents;

/// <summary>nbformat's multiline strings: a string or an array of lines that each keep their <c>\n</c>.</summary>
internal static class MultilineText
{
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        _ => node.GetValue<string>(),
    };

    public static JsonArray Write(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end + 1;
            array.Add(text[start..stop]);
            start = stop;
        }
        return array;
    }
}
