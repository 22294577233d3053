using Plotly.NET;
using Workbench.Tagging;

namespace Workbench.Charts;

/// <summary>Charts of the people the articles name.</summary>
public static class PeopleChartExtensions
{
    /// <summary>
    /// The <paramref name="count"/> people named in the most articles, as horizontal bars coloured by country (one legend
    /// entry per country). Hover shows rank, position, country and "mentioned in 2 articles (14 mentions)".
    /// </summary>
    /// <param name="tags">The tagged corpus.</param>
    /// <param name="count">How many people to show; ties beyond it are cut by mentions, then name.</param>
    /// <returns>A Plotly bar chart, one trace per country.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <example><c>tags.TopPeopleChart(10)</c></example>
    public static GenericChart TopPeopleChart(this AnnotatedCorpus tags, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return PeopleBar.Draw(ChartData.People(tags).Take(count).ToList(), ChartData.Colours(tags));
    }
}
