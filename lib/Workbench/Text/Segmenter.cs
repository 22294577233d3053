namespace Workbench.Text;

/// <summary>Splits a clean body into paragraphs (blocks between blank lines) and each paragraph into sentences.</summary>
public static class Segmenter
{
    /// <summary>The paragraphs of <paramref name="body"/>: maximal runs of non-blank lines, trimmed.</summary>
    /// <param name="body">A clean body, paragraphs separated by blank lines.</param>
    /// <returns>The paragraph spans, in order.</returns>
    /// <example><c>Segmenter.Paragraphs("One.\n\nTwo.")</c> is <c>[(0,4), (6,10)]</c>.</example>
    public static IReadOnlyList<TextSpan> Paragraphs(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var spans = new List<TextSpan>();
        var start = -1;
        var lineStart = 0;
        while (lineStart <= body.Length)
        {
            var nl = body.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? body.Length : nl;
            var blank = body.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (!blank && start < 0)
            {
                start = lineStart;
            }
            else if (blank && start >= 0)
            {
                spans.Add(new TextSpan(start, lineStart - 1).Trimmed(body));
                start = -1;
            }
            if (nl < 0)
            {
                break;
            }
            lineStart = nl + 1;
        }
        if (start >= 0)
        {
            spans.Add(new TextSpan(start, body.Length).Trimmed(body));
        }
        return spans;
    }

    /// <summary>The sentences of every paragraph, in order.</summary>
    /// <param name="body">The body the spans refer to.</param>
    /// <param name="paragraphs">Its paragraphs (from <see cref="Paragraphs"/>).</param>
    /// <param name="splitter">The sentence splitter to use.</param>
    /// <returns>The sentence spans; none crosses a paragraph boundary.</returns>
    public static IReadOnlyList<TextSpan> Sentences(string body, IReadOnlyList<TextSpan> paragraphs, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(splitter);
        var spans = new List<TextSpan>(paragraphs.Count * 3);
        foreach (var p in paragraphs)
        {
            splitter.Split(body, p, spans);
        }
        return spans;
    }
}
