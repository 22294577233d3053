using System.Text;
using Workbench.Text;

namespace Workbench.Corpus;

public sealed partial class RemovedTextList
{
    /// <summary>Collects the pieces of one article as they are removed; <see cref="Build"/> makes the list.</summary>
    /// <remarks>The text goes into a pooled buffer, so a piece costs no string of its own: dispose the builder if
    /// <see cref="Build"/> is never called.</remarks>
    internal sealed class Builder : IDisposable
    {
        private CharBuffer _text;
        private readonly List<int> _ends = [];
        private readonly List<ushort> _labelOf = [];
        private readonly List<(string Kind, string Rule)> _labels = [];

        /// <param name="capacity">The characters to make room for at first.</param>
        public Builder(int capacity) => _text = new CharBuffer(capacity);

        /// <summary>The number of pieces so far.</summary>
        public int Count => _ends.Count;

        /// <summary>Adds a piece.</summary>
        public void Add(string kind, ReadOnlySpan<char> text, string rule)
        {
            _text.Append(text);
            _ends.Add(_text.Length);
            _labelOf.Add(LabelIndex(kind, rule));
        }

        /// <summary>Adds pieces removed earlier (by a reader, before cleaning).</summary>
        public void AddRange(IEnumerable<RemovedText> pieces)
        {
            foreach (var piece in pieces)
            {
                Add(piece.Kind, piece.Text, piece.Rule);
            }
        }

        /// <summary>The finished list, its text in UTF-8; the builder is empty afterwards.</summary>
        public RemovedTextList Build()
        {
            if (_ends.Count == 0)
            {
                _text.Dispose();
                return Empty;
            }
            var list = new RemovedTextList(Encode());
            Clear();
            return list;
        }

        public void Dispose() => Clear();

        /// <summary>The pieces with their text in UTF-8: each piece encoded on its own, so that its end offset is exact
        /// whatever its neighbours hold.</summary>
        private Pieces Encode()
        {
            var text = _text.AsSpan();
            var ends = new int[_ends.Count];
            var bytes = 0;
            var start = 0;
            for (var i = 0; i < ends.Length; i++)
            {
                bytes += Encoding.UTF8.GetByteCount(text[start.._ends[i]]);
                ends[i] = bytes;
                start = _ends[i];
            }
            var utf8 = new byte[bytes];
            start = 0;
            for (var i = 0; i < ends.Length; i++)
            {
                Encoding.UTF8.GetBytes(text[start.._ends[i]], utf8.AsSpan(i == 0 ? 0 : ends[i - 1]));
                start = _ends[i];
            }
            return new Pieces(utf8, text.Length, ends, [.. _labelOf], [.. _labels]);
        }

        private void Clear()
        {
            _text.Dispose();
            _ends.Clear();
            _labelOf.Clear();
            _labels.Clear();
        }

        /// <summary>The index of a (kind, rule) pair, added when new; an article has a handful, so a scan is enough.</summary>
        private ushort LabelIndex(string kind, string rule)
        {
            for (var i = 0; i < _labels.Count; i++)
            {
                var (k, r) = _labels[i];
                if (string.Equals(k, kind, StringComparison.Ordinal) && string.Equals(r, rule, StringComparison.Ordinal))
                {
                    return (ushort)i;
                }
            }
            if (_labels.Count == ushort.MaxValue + 1)
            {
                throw new InvalidOperationException($"An article cannot have more than {ushort.MaxValue + 1} different (kind, rule) pairs of removed text.");
            }
            _labels.Add((kind, rule));
            return (ushort)(_labels.Count - 1);
        }
    }
}
