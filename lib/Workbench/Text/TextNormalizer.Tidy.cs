namespace Workbench.Text;

public static partial class TextNormalizer
{
    /// <summary>The tidying pass over NFC text that is not tidy: line ends to <c>\n</c>, invisibles dropped, other
    /// whitespace and controls collapsed to one space, none at a line's start or end.</summary>
    /// <remarks>Lines are independent: every line feed resets the pass (no pending space, at a line start), so a
    /// line that is already tidy is copied as it is and only the others go through the character-by-character pass.</remarks>
    private static char[] TidyInto(ReadOnlySpan<char> nfc, out int length)
    {
        var output = new StretchWriter(nfc);
        try
        {
            var span = nfc;
            var start = 0;
            while (start < span.Length)
            {
                var newline = span[start..].IndexOf('\n');
                var end = newline < 0 ? span.Length : start + newline + 1; // the line feed goes with its line
                var line = span[start..(newline < 0 ? span.Length : end - 1)];
                if (Scan(line).Tidy)
                {
                    output.Copy(start, end);
                }
                else
                {
                    TidyLine(span, start, end, ref output);
                }
                start = end;
            }
            return output.Detach(out length);
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>The character-by-character pass over [from, to) of the text (a line with its line feed, if any),
    /// starting as at a line start.</summary>
    private static void TidyLine(ReadOnlySpan<char> span, int from, int to, ref StretchWriter output)
    {
        var pendingSpace = false;
        var lineStart = true;
        var kinds = s_kinds;
        for (var i = from; i < to; i++)
        {
            var c = span[i];
            if ((kinds[c] & Kind.Special) == 0)
            {
                // An ordinary run (a word, usually): copy it whole.
                var end = i + 1;
                while (end < to && (kinds[span[end]] & Kind.Special) == 0)
                {
                    end++;
                }
                if (pendingSpace)
                {
                    output.Put(' ');
                    pendingSpace = false;
                }
                output.Copy(i, end);
                lineStart = false;
                i = end - 1;
                continue;
            }
            if (c == '\r')
            {
                if (i + 1 < to && span[i + 1] == '\n')
                {
                    continue;
                }
                c = '\n';
            }
            if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                output.Put('\n');
                pendingSpace = false;
                lineStart = true;
                continue;
            }
            if (IsInvisible(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = !lineStart;
                continue;
            }
            if (pendingSpace)
            {
                output.Put(' ');
                pendingSpace = false;
            }
            output.Put(c);
            lineStart = false;
        }
    }

    /// <summary>
    /// Writes the tidy text as stretches of the source. Most of an untidy text is unchanged (a few NBSPs or trailing
    /// spaces in a page), so a piece that continues the pending stretch of the source — the next run, or a space or
    /// line feed equal to the next source character — only extends it; the stretch is copied in one go when a real
    /// change (a dropped or replaced character) interrupts it. The output is the same as appending piece by piece.
    /// </summary>
    private ref struct StretchWriter(ReadOnlySpan<char> source)
    {
        private readonly ReadOnlySpan<char> _source = source;
        private CharBuffer _buffer = new(source.Length);
        private int _start;
        private int _end;

        /// <summary>Appends the source characters [from, to).</summary>
        public void Copy(int from, int to)
        {
            if (from != _end)
            {
                Flush();
                _start = from;
            }
            _end = to;
        }

        /// <summary>Appends one character.</summary>
        public void Put(char c)
        {
            if (_end < _source.Length && _source[_end] == c)
            {
                _end++;
                return;
            }
            Flush();
            _buffer.Append(c);
        }

        /// <summary>The finished text: a pooled array and its length, for the caller to return to the pool.</summary>
        public char[] Detach(out int length)
        {
            Flush();
            return _buffer.Detach(out length);
        }

        public void Dispose() => _buffer.Dispose();

        private void Flush()
        {
            if (_end > _start)
            {
                _buffer.Append(_source[_start.._end]);
            }
            _start = _end;
        }
    }
}
