namespace Workbench.Tagging;

/// <summary>
/// The labels and rules of spans as small numbers: each distinct string gets the next number once, for the life of the
/// process, and a number reads back as the first string given for it. Number 0 is null (<c>default(Span)</c>).
/// </summary>
/// <remarks>Labels and rules are a few dozen words (the knowledge files' labels, the components' rule names): the table
/// never grows past them. Reading is one array access; a new word takes a lock and a copy of the small array, so readers
/// never see it half written.</remarks>
internal static class SpanTags
{
    private static readonly Lock s_gate = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ushort> s_numbers = new(StringComparer.Ordinal);
    private static string?[] s_names = [null];

    /// <summary>The number of <paramref name="name"/>, given it on first sight.</summary>
    public static ushort Of(string? name)
    {
        if (name is null)
        {
            return 0;
        }
        if (s_numbers.TryGetValue(name, out var number))
        {
            return number;
        }
        lock (s_gate)
        {
            if (s_numbers.TryGetValue(name, out number))
            {
                return number;
            }
            if (s_names.Length > ushort.MaxValue)
            {
                throw new InvalidOperationException("More than 65,535 distinct span labels and rules: labels and rules name kinds, not things.");
            }
            number = (ushort)s_names.Length;
            Volatile.Write(ref s_names, [.. s_names, name]);
            s_numbers[name] = number;
            return number;
        }
    }

    /// <summary>The string of <paramref name="number"/> (null for 0).</summary>
    public static string? Name(ushort number) => Volatile.Read(ref s_names)[number];
}
