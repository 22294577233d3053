namespace Workbench.Cli.Commands.Run;

/// <summary>One notebook to run and where its executed copy goes.</summary>
internal sealed record NotebookJob(string Input, string Output, string DisplayName);

/// <summary>Finds the notebooks of a run and decides their output paths; never maps an output onto its input unless in place.</summary>
internal static class NotebookDiscovery
{
    public static (List<NotebookJob> Jobs, List<string> Errors) Find(RunOptions options)
    {
        var jobs = new List<NotebookJob>();
        var errors = new List<string>();
        var outputRoot = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory);
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                jobs.Add(Job(full, Path.GetDirectoryName(full)!, options, outputRoot));
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                    .Where(f => IsNotebook(f) && !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal)
                        && (outputRoot is null || !f.StartsWith(outputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                    .Order(StringComparer.Ordinal);
                jobs.AddRange(found.Select(f => Job(f, full, options, outputRoot)));
            }
            else
            {
                errors.Add($"'{path}' is neither a notebook nor a folder");
            }
        }
        foreach (var job in jobs.Where(j => !options.InPlace && SamePath(j.Input, j.Output)).ToList())
        {
            errors.Add($"'{job.DisplayName}' would be overwritten; use another -o folder or --inplace");
            jobs.Remove(job);
        }
        return (jobs, errors);
    }

    private static bool IsNotebook(string file) =>
        (file.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".executed.ipynb", StringComparison.OrdinalIgnoreCase))
        || file.EndsWith(".dib", StringComparison.OrdinalIgnoreCase);

    private static NotebookJob Job(string input, string root, RunOptions options, string? outputRoot)
    {
        var relative = Path.GetRelativePath(root, input);
        var output = options.InPlace ? input
            : outputRoot is not null ? Path.Combine(outputRoot, Path.ChangeExtension(relative, ".ipynb"))
            : Path.Combine(Path.GetDirectoryName(input)!, Path.GetFileNameWithoutExtension(input) + ".executed.ipynb");
        return new NotebookJob(input, output, Path.GetRelativePath(Directory.GetCurrentDirectory(), input));
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
