namespace Workbench.Tagging;

/// <summary>
/// <see cref="Document.SentenceAt"/> for offsets asked in increasing order (a document's spans, which come ordered by
/// start): one forward walk over the sentences instead of a binary search per span. An offset before the last one
/// asked falls back to the binary search, so the answer is the same in any order.
/// </summary>
internal struct SentenceCursor(Document document)
{
    private int _next;
    private int _offset;

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1 outside every sentence.</summary>
    public int At(int offset)
    {
        if (offset < _offset)
        {
            return document.SentenceAt(offset);
        }
        _offset = offset;
        var sentences = document.Article.Sentences;
        while (_next < sentences.Count && offset >= sentences[_next].End)
        {
            _next++;
        }
        return _next < sentences.Count && offset >= sentences[_next].Start ? _next : -1;
    }
}
