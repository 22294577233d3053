using Workbench.Corpus;
using Workbench.Tagging;
using ArticleCorpus = Workbench.Corpus.Corpus;

namespace Workbench.Cli.Commands.Bench;

/// <summary>The figures of one measured run of load+clean, tag and frames over a folder, stage by stage.</summary>
internal sealed record Pipeline(Stage Load, Stage Tag, Stage Frames, long Rows, string Collections)
{
    public TimeSpan Wall => Load.Wall + Tag.Wall + Frames.Wall;

    public TimeSpan Cpu => Load.Cpu + Tag.Cpu + Frames.Cpu;

    public long Allocated => Load.Allocated + Tag.Allocated + Frames.Allocated;

    /// <summary>Loads and cleans the folder, tags it and builds the four frames; returns the figures and the tagged
    /// corpus (for the caller to measure what it holds).</summary>
    public static (Pipeline Figures, AnnotatedCorpus Tags) Run(string folder, CorpusOptions options, CancellationToken ct)
    {
        var stages = new Stages();
        var corpus = ArticleCorpus.Load(folder, options, ct);
        var load = stages.Next();
        var tags = Tagger.Tag(corpus, null, ct);
        var tag = stages.Next();
        var rows = tags.Mentions.Rows.Count + tags.Entities.Rows.Count + tags.Events.Rows.Count + tags.Topics.Rows.Count;
        return (new Pipeline(load, tag, stages.Next(), rows, stages.Collections), tags);
    }

    /// <summary>Runs the pipeline <paramref name="count"/> times, each after a full collection of the run before, and
    /// keeps the figures of each stage.</summary>
    public static Repeats Repeat(int count, string folder, CorpusOptions options, CancellationToken ct)
    {
        var runs = new List<Pipeline>(count);
        for (var i = 0; i < count; i++)
        {
            GC.Collect();
            runs.Add(Run(folder, options, ct).Figures);
        }
        return new Repeats(runs);
    }
}

/// <summary>The figures of repeated runs, read as medians (a run the host slowed down moves a median least).</summary>
internal sealed record Repeats(IReadOnlyList<Pipeline> Runs)
{
    public string Describe(long bytes, long words)
    {
        var cpu = Median(r => r.Cpu);
        return $"{cpu.TotalSeconds:0.00} s CPU (load+clean {Median(r => r.Load.Cpu).TotalSeconds:0.00}, tag "
            + $"{Median(r => r.Tag.Cpu).TotalSeconds:0.00}, frames {Median(r => r.Frames.Cpu).TotalSeconds:0.00}): "
            + $"{bytes / 1e6 / cpu.TotalSeconds:0.0} MB/s, {words / cpu.TotalSeconds:N0} words/s per CPU second";
    }

    private TimeSpan Median(Func<Pipeline, TimeSpan> of)
    {
        var sorted = Runs.Select(of).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
