using Workbench.Corpus;
using Workbench.Tests.Support;
using Workbench.Testing;

namespace Workbench.Tests.CorpusTests;

/// <summary>A load on several threads gives what a load on one gives, in file order, and stops when cancelled.</summary>
public class ParallelLoadTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(64)]
    public void Many_threads_load_the_same_articles_in_file_order_as_one(int threads)
    {
        using var temp = new TempFolder();
        var seeds = Directory.GetFiles(RepoPaths.Articles).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"{i:00}.txt", File.ReadAllBytes(seeds[i % seeds.Length]));
        }
        var knowledge = new CorpusOptions { KnowledgeDirectory = RepoPaths.Knowledge };
        var one = Workbench.Corpus.Corpus.Load(temp.Path, knowledge with { MaxDegreeOfParallelism = 1 });
        var many = Workbench.Corpus.Corpus.Load(temp.Path, knowledge with { MaxDegreeOfParallelism = threads });

        Assert.Equal(one.Select(a => a.Id), many.Select(a => a.Id));
        Assert.Equal(one.Select(a => a.Body), many.Select(a => a.Body));
        Assert.Equal(one.Report.Diagnostics, many.Report.Diagnostics);
        Assert.Equal(one.Report.Bytes, many.Report.Bytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_load_throws_OperationCanceledException(int threads)
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Workbench.Corpus.Corpus.Load(RepoPaths.Articles, new CorpusOptions { MaxDegreeOfParallelism = threads }, cancel.Token));
    }

    [Fact]
    public void Progress_reaches_every_file_on_several_threads()
    {
        var done = 0;
        var progress = new Counter(() => Interlocked.Increment(ref done));
        Workbench.Corpus.Corpus.Load(RepoPaths.Articles, new CorpusOptions { MaxDegreeOfParallelism = 3, Progress = progress });
        Assert.Equal(Directory.GetFiles(RepoPaths.Articles).Length, done);
    }

    private sealed class Counter(Action count) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => count();
    }
}
