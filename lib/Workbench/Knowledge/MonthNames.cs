namespace Workbench.Knowledge;

/// <summary>The month names of <c>dates-months.tsv</c> ("November", "Nov"), looked up by a token's text, case ignored.</summary>
/// <remarks>Most capitalised words are no month: the names' shortest and longest lengths turn them away before a hash.</remarks>
internal sealed class MonthNames
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength = int.MaxValue;
    private readonly int _maxLength;

    public MonthNames(Dictionary<string, int> byName)
    {
        foreach (var name in byName.Keys)
        {
            (_minLength, _maxLength) = (Math.Min(_minLength, name.Length), Math.Max(_maxLength, name.Length));
        }
        _lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> text, out int month)
    {
        month = 0;
        return text.Length >= _minLength && text.Length <= _maxLength && _lookup.TryGetValue(text, out month);
    }
}
