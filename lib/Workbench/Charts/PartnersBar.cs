using Humanizer;
using Plotly.NET;
using Workbench.Frames;

namespace Workbench.Charts;

/// <summary>Draws partner countries as columns, most-named first, each in its country colour.</summary>
internal static class PartnersBar
{
    public static GenericChart Draw(IReadOnlyList<CountryCount> partners, IReadOnlyDictionary<string, string> colours) =>
        Plotly.NET.CSharp.Chart.Column<int, string, string>(
                partners.Select(p => p.Articles),
                Keys: partners.Select(p => p.Name).ToArray(),
                Name: "partner countries",
                MultiText: partners.Select(p => p.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                Marker: Markers(partners, colours))
            .WithHover(partners.Select(p =>
                $"<b>{p.Name}</b><br>named in {"article".ToQuantity(p.Articles)} ({"mention".ToQuantity(p.Mentions)})"))
            .Titled("Vietnam's partner countries in the news", xTitle: "partner country", yTitle: "articles naming the country")
            .CountAxis("yaxis", partners.Select(p => p.Articles).DefaultIfEmpty().Max())
            .Sized(height: 420);

    private static Plotly.NET.TraceObjects.Marker Markers(IReadOnlyList<CountryCount> partners, IReadOnlyDictionary<string, string> colours)
    {
        var marker = new Plotly.NET.TraceObjects.Marker();
        marker.SetProperty("color", partners.Select(p => colours.GetValueOrDefault(p.Code, "#7f7f7f")).ToArray());
        return marker;
    }
}
