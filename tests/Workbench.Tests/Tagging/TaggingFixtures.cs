using Workbench.Corpus;
using Workbench.Knowledge;
using Workbench.Tagging;
using Workbench.Text;

namespace Workbench.Tests.Tags;

/// <summary>Shared inputs for the tagging tests: the repository (found from this source file), the seed corpus tagged
/// once, and articles made from one sentence.</summary>
internal static class TaggingFixtures
{
    public static string Root { get; } = Workbench.Tests.Support.RepoPaths.Root;

    private static readonly Lazy<AnnotatedCorpus> s_seeds = new(() => Tagger.Tag(Workbench.Corpus.Corpus.Load(Path.Combine(Root, "data", "articles"))));

    /// <summary>The five seed articles, loaded and tagged.</summary>
    public static AnnotatedCorpus Seeds => s_seeds.Value;

    /// <summary>An article whose body is <paramref name="text"/>, one sentence per line.</summary>
    public static Article Article(string text, string language = "en", DateOnly? published = null, string id = "test")
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            sentences.Add(new TextSpan(start, start + line.Length));
            start += line.Length + 1;
        }
        return new Article(id, id + ".txt", language, null, published, null, null, null, null, text, sentences, sentences, [], [], [], "utf-8");
    }

    /// <summary>The article <see cref="Article"/> makes, tagged with <paramref name="knowledge"/> (the built-in knowledge
    /// when null).</summary>
    public static Document Tag(string text, string language = "en", DateOnly? published = null, KnowledgeBase? knowledge = null) =>
        Tagger.Tag(Article(text, language, published), knowledge is null ? null : new TaggerOptions { Knowledge = knowledge });

    /// <summary>The display names of an event's participants, in order, as the document's people give them.</summary>
    public static IEnumerable<string> Names(Document document, Event e) =>
        e.Participants.Select(id => document.People.Single(p => p.Id == id).Name);
}
