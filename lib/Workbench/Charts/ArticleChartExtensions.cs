using Plotly.NET;
using Workbench.Corpus;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>Charts of the articles themselves, before any tagging: how many, from which outlets, in which language.</summary>
public static class ArticleChartExtensions
{
    /// <summary>
    /// Articles per outlet as stacked columns, one colour per language, so a reader sees how small and uneven the sample
    /// is before reading anything into the counts drawn from it. Articles with no known outlet form an "outlet unknown" column.
    /// </summary>
    /// <param name="articles">The articles (a loaded corpus or any selection of it).</param>
    /// <returns>A Plotly chart with one bar trace per language; hover reads "VOV · 1 article in English".</returns>
    /// <example><c>Corpus.Load("../data/articles").ArticlesByOutletChart()</c></example>
    public static GenericChart ArticlesByOutletChart(this IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = articles
            .GroupBy(a => (Outlet: a.Outlet ?? "outlet unknown", a.Language))
            .Select(g => new OutletCount(g.Key.Outlet, g.Key.Language, g.Count()))
            .ToList();
        return ArticlesBar.Draw(counts);
    }
}
