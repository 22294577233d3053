namespace Workbench.Notebooks.Documents;

/// <summary>
/// A value formatted for several mime types (<c>text/plain</c> always, <c>text/html</c>, plotly JSON, …), in insertion
/// order. JSON mime types (<c>application/json</c>, <c>*+json</c>) hold their JSON text.
/// </summary>
/// <example><c>MimeBundle.Of(("text/plain", "42"))</c></example>
/// <param name="Entries">The mime type and content pairs.</param>
public sealed record MimeBundle(IReadOnlyList<KeyValuePair<string, string>> Entries)
{
    /// <summary>Builds a bundle from pairs.</summary>
    /// <param name="entries">(mime type, content) pairs.</param>
    /// <returns>The bundle.</returns>
    public static MimeBundle Of(params (string MimeType, string Content)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.MimeType, e.Content)).ToList());

    /// <summary>The content for <paramref name="mimeType"/>, or null when absent.</summary>
    /// <param name="mimeType">e.g. <c>text/html</c>.</param>
    /// <returns>The content or null.</returns>
    public string? Get(string mimeType) =>
        Entries.FirstOrDefault(e => e.Key == mimeType) is { Key: not null } hit ? hit.Value : null;

    /// <summary>Whether a mime type's content is JSON (stored as an object in <c>.ipynb</c>).</summary>
    /// <param name="mimeType">The mime type.</param>
    /// <returns>True for <c>application/json</c> and <c>*+json</c>.</returns>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
