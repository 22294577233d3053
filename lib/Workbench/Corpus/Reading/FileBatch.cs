using Workbench.Cleaning;

namespace Workbench.Corpus.Reading;

/// <summary>Loads a list of files on up to <see cref="CorpusOptions.MaxDegreeOfParallelism"/> threads, results in file order.</summary>
/// <remarks>
/// Each file's result goes into its own slot of an array indexed like the file list, so order costs nothing: no ordered
/// merge (PLINQ's <c>AsOrdered</c> spent about a third of the load's CPU spin-waiting in it). One thread, or one file,
/// runs a plain loop on the calling thread with no parallel machinery at all.
/// </remarks>
internal static class FileBatch
{
    public static FileResult[] Load(IReadOnlyList<ArticleFile> files, CorpusOptions options, CleaningKnowledge knowledge,
        Action<ArticleFile> done, CancellationToken cancellationToken)
    {
        var results = new FileResult[files.Count];
        var threads = Math.Min(options.MaxDegreeOfParallelism, files.Count);
        if (threads <= 1)
        {
            for (var i = 0; i < results.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = FileLoader.Load(files[i], options, knowledge);
                done(files[i]);
            }
            return results;
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, parallel, i =>
        {
            results[i] = FileLoader.Load(files[i], options, knowledge);
            done(files[i]);
        });
        return results;
    }
}
