namespace Workbench.Knowledge;

/// <summary>The word files: title words, date words, weekday names and list words, each word one token.</summary>
internal static partial class KnowledgeLoader
{
    /// <summary>The file of the words that join a list's last item, and the one kind it has.</summary>
    public const string ListJoinersFile = "list-words.tsv", ListJoiner = "joiner";

    /// <summary>The words of title-words.tsv by kind.</summary>
    private static TitleWords ReadTitleWords(KnowledgeRows reader)
    {
        var words = ReadWords(reader, "title-words.tsv", "title word", TitleWords.Kinds);
        return new TitleWords(new WordSet(words[TitleWords.Title]), new WordSet(words[TitleWords.Connector]),
            new WordSet(words[TitleWords.Host]), new WordSet(words[TitleWords.NameSuffix]), new WordSet(words[TitleWords.Article]));
    }

    /// <summary>The words of list-words.tsv that join the last item of a list ("và", "and").</summary>
    private static WordSet ReadListJoiners(KnowledgeRows reader) =>
        new(ReadWords(reader, ListJoinersFile, "list word", [ListJoiner])[ListJoiner]);

    /// <summary>The words of dates-words.tsv by kind, and the weekday names of dates-weekdays.tsv.</summary>
    private static DateWords ReadDateWords(KnowledgeRows reader)
    {
        var words = ReadWords(reader, "dates-words.tsv", "date word", DateWords.Kinds);
        return new DateWords(new WordSet(words[DateWords.DayLead]), new WordSet(words[DateWords.WeekdayLead]),
            new WordSet(words[DateWords.DaySuffix]), new WordSet(words[DateWords.RangeJoiner]), ReadWeekdays(reader));
    }

    /// <summary>The weekday names of dates-weekdays.tsv, with single spaces between their words; a number that is no ISO
    /// weekday and a name given twice are reported.</summary>
    private static WeekdayNames ReadWeekdays(KnowledgeRows reader)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new WeekdayNames(reader.Rows("dates-weekdays.tsv", "name", "weekday", "lang")
            .Where(r => r.Get("weekday") is [>= '1' and <= '7']
                || reader.Invalid(r, "weekday number", r.Get("weekday"), "the ISO numbering, 1 = Monday … 7 = Sunday"))
            .Select(r => (Row: r, Name: string.Join(' ', r.Get("name").Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .Where(n => seen.TryAdd(n.Name, n.Row.Get("weekday")) || reader.Duplicate(n.Row, "weekday name", n.Name, seen[n.Name]))
            .Select(n => (n.Name, (DayOfWeek)((n.Row.Get("weekday")[0] - '0') % 7))));
    }

    /// <summary>The words of a (kind, lang, word) file by kind; an unknown kind, a word of more than one token (it is
    /// looked up a token at a time, so it would never be found) or a word repeated in its kind and language is reported
    /// (<paramref name="what"/> names such a word in the report).</summary>
    private static ILookup<string, string> ReadWords(KnowledgeRows reader, string file, string what, IReadOnlyList<string> kinds)
    {
        var known = "the kinds the tagger reads: " + string.Join(", ", kinds);
        var seen = new HashSet<(string, string, string)>();
        return reader.Rows(file, "kind", "lang", "word")
            .Where(r => kinds.Contains(r.Get("kind")) || reader.Unknown(r, what + " kind", r.Get("kind"), known))
            .Where(r => IsOneToken(r.Get("word")) || reader.Invalid(r, what, r.Get("word"), "one word or one punctuation mark"))
            .Where(r => seen.Add((r.Get("kind"), r.Get("lang"), r.Get("word").ToLowerInvariant()))
                || reader.Duplicate(r, what, r.Get("word"), r.Get("kind")))
            .ToLookup(r => r.Get("kind"), r => r.Get("word"), StringComparer.Ordinal);
    }

    private static bool IsOneToken(string word)
    {
        using var tokens = Tagging.Matching.Tokenizer.Tokenize(word);
        return tokens.Span is [{ Start: 0 } token] && token.End == word.Length;
    }
}
