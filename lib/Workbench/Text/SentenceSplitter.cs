using System.Collections.Frozen;

namespace Workbench.Text;

/// <summary>
/// Splits text into sentences: a sentence ends at <c>. ! ? …</c> (with any closing quotes or brackets) followed by
/// space and a word that does not start in lower case — unless the period closes an abbreviation ("Gen.", "Lt.",
/// "TP."), an initial ("J."), or a dotted acronym ("U.S."). The Vietnamese end marker "./." stays with its sentence.
/// A line break inside a paragraph always ends a sentence.
/// </summary>
/// <remarks>Abbreviations come from <c>data/knowledge/cleaning-abbreviations.tsv</c>, so a user adds one without
/// recompiling. The splitter allocates nothing per character; spans are UTF-16 offsets, end exclusive.</remarks>
public sealed class SentenceSplitter
{
    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a splitter that does not break after the given abbreviations.</summary>
    /// <param name="abbreviations">Abbreviations without their final period ("Gen", "Lt", "TP"); case matters.</param>
    /// <example><c>new SentenceSplitter(["Gen", "Lt"]).Split("Lt. Gen. Tan came. He spoke.")</c> gives two sentences.</example>
    public SentenceSplitter(IEnumerable<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = abbreviations.Select(a => a.TrimEnd('.')).Where(a => a.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The abbreviations this splitter knows, without their final period.</summary>
    public IReadOnlySet<string> Abbreviations => _abbreviations;

    /// <summary>The sentences of the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentence spans, in order, trimmed of surrounding whitespace.</returns>
    public IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        Split(text, new TextSpan(0, text.Length), spans);
        return spans;
    }

    /// <summary>Appends the sentences of <paramref name="range"/> of <paramref name="text"/> to <paramref name="into"/>.</summary>
    /// <param name="text">The text the offsets refer to.</param>
    /// <param name="range">The part of the text to split (a paragraph).</param>
    /// <param name="into">Where the spans go, as offsets into <paramref name="text"/>.</param>
    public void Split(string text, TextSpan range, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, text.Length);
        var end = range.End;
        var start = SkipSpace(text, range.Start, end);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Emit(text, start, i, into);
                start = SkipSpace(text, i + 1, end);
                i = start - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                if (text[j] is '.' or '!' or '?' or '…' || IsCloser(text[j]))
                {
                    j++;
                }
                else if (text[j] == '/' && j + 1 < end && text[j + 1] == '.')
                {
                    j += 2; // the Vietnamese end marker "./."
                }
                else
                {
                    break;
                }
            }
            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                i = j - 1;
                continue;
            }
            var k = j;
            while (k < end && text[k] is ' ' or '\t')
            {
                k++;
            }
            if (k >= end || text[k] == '\n')
            {
                i = k - 1;
                continue; // the line break (or the end) closes the sentence
            }
            if (char.IsLower(text[k]) || (c == '.' && j == i + 1 && IsAbbreviation(text, range.Start, i)))
            {
                i = k - 1;
                continue;
            }
            Emit(text, start, j, into);
            start = k;
            i = k - 1;
        }
        Emit(text, start, end, into);
    }

    private bool IsAbbreviation(string text, int floor, int period)
    {
        var s = period;
        while (s > floor && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('(' or '“' or '"' or '‘' or '['))
        {
            s--;
        }
        var token = text.AsSpan(s, period - s);
        if (token.IsEmpty)
        {
            return false;
        }
        if (token.Length == 1)
        {
            return char.IsUpper(token[0]); // an initial: "J. Smith"
        }
        if (_lookup.Contains(token))
        {
            return true;
        }
        // A dotted acronym or initials: "U.S", "J.R", "Th.S" — every piece at most two letters.
        if (token.Contains('.'))
        {
            foreach (var piece in token.ToString().Split('.'))
            {
                if (piece.Length is 0 or > 2 || !char.IsLetter(piece[0]))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '›';

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static void Emit(string text, int start, int end, List<TextSpan> into)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            into.Add(new TextSpan(start, end));
        }
    }
}
