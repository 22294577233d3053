using System.Collections;
using System.Runtime.CompilerServices;
using Workbench.Cleaning;
using Workbench.Corpus.Reading;
using Workbench.Diagnostics;

namespace Workbench.Corpus;

/// <summary>
/// The loaded articles of a folder or file, in file order, with the <see cref="LoadReport"/> of what could not be
/// read. Reads <c>.txt</c> (UTF-8, UTF-16 with BOM, legacy code pages), <c>.html</c>/<c>.htm</c> and <c>.jsonl</c>;
/// every article comes out cleaned and segmented.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("data/articles");
/// foreach (var a in corpus) Console.WriteLine($"{a.Id} {a.Outlet} {a.Title}");
/// corpus.Report.Errors   // files that could not be loaded, each with a WB0xx code
/// </code>
/// </example>
public sealed class Corpus : IReadOnlyList<Article>
{
    private readonly IReadOnlyList<Article> _articles;

    private Corpus(IReadOnlyList<Article> articles, LoadReport report)
    {
        _articles = articles;
        Report = report;
    }

    /// <summary>What the load did and every problem it met.</summary>
    public LoadReport Report { get; }

    /// <inheritdoc />
    public int Count => _articles.Count;

    /// <inheritdoc />
    public Article this[int index] => _articles[index];

    /// <summary>The article with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">An article id (the file name without extension, or a JSONL line's id).</param>
    public Article? Find(string id) => _articles.FirstOrDefault(a => a.Id == id);

    /// <inheritdoc />
    public IEnumerator<Article> GetEnumerator() => _articles.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Loads every article under <paramref name="path"/> (a folder, searched recursively, or one file).</summary>
    /// <param name="path">A folder or a <c>.txt</c>, <c>.html</c>, <c>.htm</c> or <c>.jsonl</c> file.</param>
    /// <param name="options">How to read; <see cref="CorpusOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The corpus. Bad files never throw: each is listed in <see cref="Report"/> with a code (a path that does
    /// not exist is WB001 and gives an empty corpus).</returns>
    public static Corpus Load(string path, CorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= CorpusOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        var clock = options.TimeProvider;
        var started = clock.GetTimestamp();
        var diagnostics = new List<Diagnostic>();
        var files = ArticleFile.Find(path, options.Recursive, diagnostics);
        var knowledge = KnowledgeFor(path, options);
        diagnostics.AddRange(knowledge.Problems);
        var progress = new ProgressCounter(files, options.Progress);
        var results = FileBatch.Load(files, options, knowledge, progress.Done, cancellationToken);
        var articles = new List<Article>(results.Sum(r => r.Articles.Count));
        foreach (var r in results)
        {
            articles.AddRange(r.Articles);
            diagnostics.AddRange(r.Diagnostics);
        }
        diagnostics.AddRange(DuplicateIds(articles));
        var report = new LoadReport(path, files.Count, articles.Count, results.Sum(r => r.Bytes), clock.GetElapsedTime(started), diagnostics);
        return new Corpus(articles, report);
    }

    /// <summary>Loads in the background; see <see cref="Load(string, CorpusOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">A folder or an article file.</param>
    /// <param name="options">How to read.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The corpus.</returns>
    public static Task<Corpus> LoadAsync(string path, CorpusOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Task.Run(() => Load(path, options, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Reads the articles under <paramref name="path"/> one file at a time, yielding each as soon as it is clean, for
    /// corpora too large to hold at once. Problems go to <paramref name="onDiagnostic"/> as they are met.
    /// </summary>
    /// <param name="path">A folder or an article file.</param>
    /// <param name="options">How to read.</param>
    /// <param name="onDiagnostic">Receives each problem, or <see langword="null"/> to ignore them.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The articles, in file order.</returns>
    /// <example><c>await foreach (var a in Corpus.StreamAsync("big-dump.jsonl")) { … }</c></example>
    public static async IAsyncEnumerable<Article> StreamAsync(string path, CorpusOptions? options = null,
        Action<Diagnostic>? onDiagnostic = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= CorpusOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var files = ArticleFile.Find(path, options.Recursive, diagnostics);
        var knowledge = KnowledgeFor(path, options);
        diagnostics.AddRange(knowledge.Problems);
        diagnostics.ForEach(d => onDiagnostic?.Invoke(d));
        var progress = new ProgressCounter(files, options.Progress);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await FileLoader.LoadAsync(file, options, knowledge, cancellationToken).ConfigureAwait(false);
            progress.Done(file);
            foreach (var d in result.Diagnostics)
            {
                onDiagnostic?.Invoke(d);
            }
            foreach (var article in result.Articles)
            {
                if (!seen.TryAdd(article.Id, article.File))
                {
                    onDiagnostic?.Invoke(DiagnosticCatalog.DuplicateId.Create(article.File, null, article.Id, seen[article.Id]));
                }
                yield return article;
            }
        }
    }

    private static CleaningKnowledge KnowledgeFor(string path, CorpusOptions options) =>
        options.KnowledgeDirectory is { } dir ? CleaningKnowledge.Load(dir) : CleaningKnowledge.For(path);

    private static IEnumerable<Diagnostic> DuplicateIds(IReadOnlyList<Article> articles)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (!seen.TryAdd(a.Id, a.File))
            {
                yield return DiagnosticCatalog.DuplicateId.Create(a.File, null, a.Id, seen[a.Id]);
            }
        }
    }

    private sealed class ProgressCounter(IReadOnlyList<ArticleFile> files, IProgress<LoadProgress>? progress)
    {
        private readonly long _total = files.Sum(f => f.Length);
        private int _files;
        private long _bytes;

        public void Done(ArticleFile file)
        {
            if (progress is null)
            {
                return;
            }
            var n = Interlocked.Increment(ref _files);
            var b = Interlocked.Add(ref _bytes, file.Length);
            progress.Report(new LoadProgress(n, files.Count, b, _total));
        }
    }
}
