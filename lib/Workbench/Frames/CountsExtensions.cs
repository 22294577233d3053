using Microsoft.Data.Analysis;
using Workbench.Tagging;

namespace Workbench.Frames;

/// <summary>
/// The tables an analyst asks of a tagged corpus — who is mentioned most, which partner countries, what is discussed
/// with whom, which events and when — as DataFrames with readable labels, ready to show, sort or group further.
/// </summary>
/// <remarks>People are counted by entity, never by the name as written, so "Phan Van Giang", "Phan Văn Giang" and
/// "Giang" are one person; countries and topics are counted once per article.</remarks>
public static class CountsExtensions
{
    /// <summary>
    /// One row per person, most-mentioned first: <c>person, country, rank, position, articles, mentions, label, in</c>
    /// (<c>label</c> reads "mentioned in 2 articles"; <c>in</c> lists the article ids, "; "-joined).
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The people frame, sorted by articles, then mentions, then name.</returns>
    /// <example><c>tags.PeopleCounts().Head(5)</c></example>
    public static DataFrame PeopleCounts(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsFrames.People(CountsBuilder.People(tags.Mentions, tags.Entities));
    }

    /// <summary>
    /// One row per partner country (every country but Vietnam) by the number of articles naming it:
    /// <c>country, code, articles, mentions, label</c> ("named in 4 articles").
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The partners frame, most-named first.</returns>
    /// <example><c>tags.PartnerCounts()</c></example>
    public static DataFrame PartnerCounts(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsFrames.Partners(CountsBuilder.Partners(tags.Mentions, tags.Entities));
    }

    /// <summary>How many articles pair each topic with each partner country: <c>topic, country, articles</c>.</summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The frame, by topic then country; pairs no article makes are left out.</returns>
    /// <example><c>tags.TopicsByPartner().Where("country", "Russia")</c></example>
    public static DataFrame TopicsByPartner(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsFrames.TopicsByPartner(CountsBuilder.TopicsByPartner(tags.CountryTopicCooccurrence(), tags.Entities));
    }

    /// <summary>
    /// How many events of each type each year: <c>type, year, events</c>. An event whose year the article does not give
    /// keeps an empty year rather than a guessed one.
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The frame, by year (unknown last) then type.</returns>
    /// <example><c>tags.EventsByTypeAndYear()</c></example>
    public static DataFrame EventsByTypeAndYear(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsFrames.EventsByTypeAndYear(CountsBuilder.Events(tags.Events));
    }

    /// <summary>
    /// Every event with a readable date, in date order: <c>date, type, who, place, ago, reported, article</c>. Dates
    /// read "9 November 2023" or "9 November, year unknown"; <c>ago</c> ("2 years ago") counts back from the newest
    /// event, so the table is the same whenever it is run; <c>reported</c> names the outlet and publication date
    /// ("VNA, 9 November 2023").
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The events frame; events without a full date come last.</returns>
    /// <example><c>tags.EventTable()</c></example>
    public static DataFrame EventTable(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsFrames.Events(CountsBuilder.Events(tags.Events), CountsBuilder.Reported(tags.Articles));
    }

    /// <summary>
    /// The figures a one-page summary opens with, as <c>figure, value</c> rows in words: articles and languages, outlets,
    /// the publication period, people, partner countries, events and the most-mentioned person.
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>The key-figures frame.</returns>
    /// <example><c>tags.KeyFigures()</c></example>
    public static DataFrame KeyFigures(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return CountsKeyFigures.Build(tags.Articles, CountsBuilder.People(tags.Mentions, tags.Entities),
            CountsBuilder.Partners(tags.Mentions, tags.Entities), CountsBuilder.Events(tags.Events));
    }
}
