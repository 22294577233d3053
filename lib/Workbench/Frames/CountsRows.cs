namespace Workbench.Frames;

/// <summary>One person with how often the corpus names them: the row behind the people table and chart.</summary>
internal sealed record PersonCount(
    string Id, string Name, string? Country, string? CountryName, string? Rank, string? Position,
    int Articles, int Mentions, IReadOnlyList<string> ArticleIds);

/// <summary>One partner country with the number of articles that name it.</summary>
internal sealed record CountryCount(string Code, string Name, int Articles, int Mentions);

/// <summary>How many articles pair a topic with a partner country.</summary>
internal sealed record TopicCountryCount(string Topic, string Country, int Articles);

/// <summary>One event as the timeline and network draw it: who met whom, when and where.</summary>
internal sealed record EventRow(
    string Article, string Type, DateOnly? Date, string DateText, int? Year, string? Place,
    IReadOnlyList<string> Participants, IReadOnlyList<string> Countries, string Sentence);

/// <summary>How many articles one outlet published in one language.</summary>
internal sealed record OutletCount(string Outlet, string Language, int Articles);
