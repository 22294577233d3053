using Plotly.NET;
using Workbench.Frames;
using Workbench.Tagging;

namespace Workbench.Charts;

/// <summary>Charts of what the articles discuss.</summary>
public static class TopicChartExtensions
{
    /// <summary>
    /// Topics (rows) against partner countries (columns): a cell's shade is the number of articles that pair the two,
    /// white for none. Hover reads "training with Russia: 2 articles".
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>A Plotly heatmap with one trace.</returns>
    /// <example><c>tags.TopicPartnerHeatmap()</c></example>
    public static GenericChart TopicPartnerHeatmap(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return TopicHeatmap.Draw(CountsBuilder.TopicsByPartner(tags.CountryTopicCooccurrence(), tags.Entities));
    }
}
