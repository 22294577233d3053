using Plotly.NET;
using Workbench.Frames;
using Workbench.Tagging;

namespace Workbench.Charts;

/// <summary>Charts of Vietnam's partner countries.</summary>
public static class PartnerChartExtensions
{
    /// <summary>
    /// Partner countries (every country but Vietnam) as columns by the number of articles naming them, most-named first,
    /// each in its country colour. Hover reads "Russia · named in 4 articles (23 mentions)".
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <returns>A Plotly column chart with one trace.</returns>
    /// <example><c>tags.PartnersChart()</c></example>
    public static GenericChart PartnersChart(this AnnotatedCorpus tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return PartnersBar.Draw(CountsBuilder.Partners(tags.Mentions, tags.Entities), ChartData.Colours(tags));
    }
}
