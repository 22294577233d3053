using System.Collections.ObjectModel;
using System.Text;

namespace Workbench.Corpus;

/// <summary>
/// Everything cleaning took out of one article, in the order it was removed: a read-only list of
/// <see cref="RemovedText"/> that stores its pieces compactly.
/// </summary>
/// <remarks>
/// An article loses a score of pieces of chrome (menu lines, related headlines, captions …), and a corpus keeps them all
/// as long as it lives: as one string and one record per piece they cost more memory than the bodies themselves. Here
/// the pieces' text is one UTF-8 array, end to end, with the end offset of each piece and an index into the article's
/// distinct (kind, rule) pairs; a <see cref="RemovedText"/> is made when a piece is read. UTF-8 because chrome is mostly
/// ASCII: it takes about half the memory of a string, and a corpus holds it for as long as it lives (at corpus size, every
/// megabyte held is also a megabyte the collector copies and the system pages in). Reading returns equal values each
/// time (records compare by value), not the same instance. A lone surrogate, which no UTF-8 file can hold, reads back
/// as U+FFFD.
/// </remarks>
public sealed partial class RemovedTextList : ReadOnlyCollection<RemovedText>
{
    private readonly Pieces _pieces;

    private RemovedTextList(Pieces pieces)
        : base(new IndexedList<RemovedText>(pieces.Count, pieces.Piece)) => _pieces = pieces;

    /// <summary>The list of an article nothing was removed from.</summary>
    public static new RemovedTextList Empty { get; } = new(new Pieces([], 0, [], [], []));

    /// <summary>The number of characters removed, all pieces together (read without making a string per piece).</summary>
    internal int TextLength => _pieces.Chars;

    /// <summary>The number of characters in some removed pieces: read from the list when it is a
    /// <see cref="RemovedTextList"/>, without making a string per piece.</summary>
    public static int TextLengthOf(IReadOnlyList<RemovedText> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        return pieces is RemovedTextList list ? list.TextLength : pieces.Sum(p => p.Text.Length);
    }

    /// <summary>The kind of each of some removed pieces, in order: read from the list when it is a
    /// <see cref="RemovedTextList"/>, without making a piece or its text.</summary>
    public static IEnumerable<string> KindsOf(IReadOnlyList<RemovedText> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        return pieces is RemovedTextList list ? Enumerable.Range(0, list.Count).Select(list.KindOf) : pieces.Select(p => p.Kind);
    }

    /// <summary>The text of the piece at <paramref name="index"/>, without making its <see cref="RemovedText"/>.</summary>
    public string TextOf(int index) => _pieces.TextOf(index);

    /// <summary>The kind of the piece at <paramref name="index"/>.</summary>
    public string KindOf(int index) => _pieces.Labels[_pieces.LabelOf[index]].Kind;

    /// <summary>The texts of some of the pieces, in the order given, as a read-only list of strings made when read
    /// (the related headlines are such a list).</summary>
    internal IReadOnlyList<string> Texts(int[] indices) =>
        indices.Length == 0 ? [] : new ReadOnlyCollection<string>(new IndexedList<string>(indices.Length, i => TextOf(indices[i])));

    /// <summary>The pieces' text end to end in UTF-8 and its length in characters, the end offset (in bytes) of each
    /// piece, and each piece's index into the distinct (kind, rule) pairs.</summary>
    private sealed record Pieces(byte[] Utf8, int Chars, int[] Ends, ushort[] LabelOf, (string Kind, string Rule)[] Labels)
    {
        public int Count => Ends.Length;

        public string TextOf(int index)
        {
            var start = index == 0 ? 0 : Ends[index - 1];
            return Encoding.UTF8.GetString(Utf8, start, Ends[index] - start);
        }

        public RemovedText Piece(int index)
        {
            var (kind, rule) = Labels[LabelOf[index]];
            return new RemovedText(kind, TextOf(index), rule);
        }
    }
}
