using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>One step of the pipeline: adds one kind of annotation to a document and declares the labels it produces.</summary>
/// <remarks>Spans go into <see cref="DocumentContext.Spans"/>, not into the document: the document takes them once, when
/// the pipeline is done, so a component reads the spans found so far there.</remarks>
internal interface ITaggingComponent
{
    string Name { get; }

    IReadOnlyList<string> Labels { get; }

    Document Apply(Document document, DocumentContext context);
}

/// <summary>What every component of one document shares: the knowledge, the options, and the text prepared once.</summary>
/// <remarks>The tokens and alias matches live in pooled buffers for as long as the document is tagged: dispose the
/// context when the pipeline is done, and never keep a span of them beyond that.</remarks>
internal sealed class DocumentContext : IDisposable
{
    private readonly PooledList<Token> _tokens;
    private readonly PooledList<AliasMatch> _matches;

    public DocumentContext(Document document, TaggerOptions options, StringTable strings)
    {
        Options = options;
        Strings = strings;
        Knowledge = options.Knowledge.Data;
        var body = document.Article.Body;
        _tokens = Tokenizer.Tokenize(body);
        _matches = new PooledList<AliasMatch>(body.Length / 16);
        options.Knowledge.Matcher.FindAll(body, _tokens.Span, _matches);
    }

    /// <summary>The spans found so far, in order; components merge theirs in.</summary>
    public SpanList Spans { get; } = new();

    public TaggerOptions Options { get; }

    /// <summary>The run's strings: ids and names made from the text are taken from here, so repeats share one string.</summary>
    public StringTable Strings { get; }

    public KnowledgeData Knowledge { get; }

    /// <summary>Every knowledge alias found in the body, ordered by start.</summary>
    public ReadOnlySpan<AliasMatch> Matches => _matches.Span;

    /// <summary>The tokens of the body.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.Span;

    public void Dispose()
    {
        _tokens.Dispose();
        _matches.Dispose();
        Spans.Dispose();
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
