using Workbench.Cleaning;

namespace Workbench.Corpus.Reading;

/// <summary>Loads a list of files on up to <see cref="CorpusOptions.MaxDegreeOfParallelism"/> threads, results in file order.</summary>
/// <remarks>
/// Each file's result goes into its own slot of an array indexed like the file list, so order costs nothing: no ordered
/// merge (PLINQ's <c>AsOrdered</c> spent about a third of the load's CPU spin-waiting in it). The extra threads are our
/// own, each taking the next file index until none is left: thread-pool loops re-queue their workers every few
/// milliseconds, and every wake-up sets idle pool threads spinning. One thread, or one file, runs a plain loop on the
/// calling thread with no parallel machinery at all.
/// </remarks>
internal static class FileBatch
{
    public static FileResult[] Load(IReadOnlyList<ArticleFile> files, CorpusOptions options, CleaningKnowledge knowledge,
        Action<ArticleFile> done, CancellationToken cancellationToken)
    {
        var results = new FileResult[files.Count];
        var next = -1;
        var failures = new List<Exception>();
        void Work()
        {
            try
            {
                int i;
                while (!cancellationToken.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < results.Length)
                {
                    results[i] = FileLoader.Load(files[i], options, knowledge);
                    done(files[i]);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                lock (failures)
                {
                    failures.Add(e);
                }
                Interlocked.Exchange(ref next, results.Length); // the others stop at their next file
            }
        }

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
        var helpers = new Thread[threads - 1];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Thread(Work) { IsBackground = true, Name = "Corpus.Load" };
            helpers[t].Start();
        }
        Work();
        foreach (var helper in helpers)
        {
            helper.Join();
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count > 0)
        {
            throw new AggregateException(failures); // as a parallel loop reports a body that threw
        }
        return results;
    }
}
