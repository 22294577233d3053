using Workbench.Knowledge;
using Workbench.Tagging.Matching;

namespace Workbench.Tagging.Components;

/// <summary>One step of the pipeline: adds one kind of annotation to a document and declares the labels it produces.</summary>
internal interface ITaggingComponent
{
    string Name { get; }

    IReadOnlyList<string> Labels { get; }

    Document Apply(Document document, DocumentContext context);
}

/// <summary>What every component of one document shares: the knowledge, the options, and the text prepared once.</summary>
internal sealed class DocumentContext
{
    public DocumentContext(Document document, TaggerOptions options)
    {
        Options = options;
        Knowledge = options.Knowledge.Data;
        Text = new MatchText(document.Article.Body);
        Tokens = Tokenizer.Tokenize(document.Article.Body);
        Matches = options.Knowledge.Matcher.FindAll(Text, Tokens);
    }

    public TaggerOptions Options { get; }

    public KnowledgeData Knowledge { get; }

    public MatchText Text { get; }

    public List<AliasMatch> Matches { get; }

    public Token[] Tokens { get; }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset)
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
