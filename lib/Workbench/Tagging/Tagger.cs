using Workbench.Corpus;
using Workbench.Diagnostics;
using Workbench.Tagging.Components;

namespace Workbench.Tagging;

/// <summary>
/// Tags articles: people, countries, organisations, places, ranks, positions, dates, events and topics, in English and
/// Vietnamese, into a <see cref="Document"/> per article and the tables of an <see cref="AnnotatedCorpus"/>.
/// </summary>
/// <remarks>A pipeline of components, each adding one kind of annotation (see <see cref="Components"/>); any can be
/// switched off by name through <see cref="TaggerOptions.Disabled"/>. Only the clean body is tagged: nothing in removed
/// chrome or related-headline lists counts.</remarks>
public static class Tagger
{
    private static readonly ITaggingComponent[] s_pipeline =
    [
        new GazetteerComponent(), new DateComponent(), new PersonComponent(), new CoreferenceComponent(),
        new EventComponent(), new TopicComponent(),
    ];

    /// <summary>The component names, in pipeline order, each with the labels it produces.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Labels)> Components { get; } =
        s_pipeline.Select(c => (c.Name, c.Labels)).ToArray();

    /// <summary>Tags a loaded corpus.</summary>
    /// <param name="corpus">The corpus (<c>Corpus.Load("data/articles")</c>).</param>
    /// <param name="options">Knowledge, components and overlap policy; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between articles.</param>
    /// <returns>The tagged corpus with its frames.</returns>
    /// <example><c>var tags = Tagger.Tag(Corpus.Load("data/articles")); tags.Entities</c></example>
    public static AnnotatedCorpus Tag(Corpus.Corpus corpus, TaggerOptions? options = null, CancellationToken cancellationToken = default) =>
        Tag((IEnumerable<Article>)corpus, options, cancellationToken);

    /// <summary>Tags any sequence of articles.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="options">Knowledge, components and overlap policy; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between articles.</param>
    /// <returns>The tagged corpus; an article that fails is left out with a WB027 diagnostic.</returns>
    public static AnnotatedCorpus Tag(IEnumerable<Article> articles, TaggerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new TaggerOptions();
        var documents = new List<Document>();
        var problems = new List<Diagnostic>(options.Knowledge.Diagnostics);
        var strings = new StringTable();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents.Add(Run(article, options, strings));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add(DiagnosticCatalog.TaggingFailed.Create(article.File, null, e.GetType().Name + ": " + e.Message));
            }
        }
        return new AnnotatedCorpus(documents, problems, articles as IReadOnlyList<Article> ?? documents.Select(d => d.Article).ToArray(), options.Knowledge.Data);
    }

    /// <summary>Tags one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">Knowledge, components and overlap policy; defaults when <see langword="null"/>.</param>
    /// <returns>The document with its spans, people, events and topics.</returns>
    /// <example><c>Tagger.Tag(corpus[0]).People</c></example>
    public static Document Tag(Article article, TaggerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Run(article, options ?? new TaggerOptions(), new StringTable());
    }

    private static Document Run(Article article, TaggerOptions options, StringTable strings)
    {
        var document = Document.From(article);
        using var context = new DocumentContext(document, options, strings);
        foreach (var component in s_pipeline)
        {
            if (!options.Disabled.Contains(component.Name))
            {
                document = component.Apply(document, context);
            }
        }
        return context.Spans.Touched ? document with { Spans = context.Spans.ToList() } : document;
    }
}
