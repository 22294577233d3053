using Spectre.Console.Testing;
using Workbench.Notebooks.Documents;

namespace Workbench.Cli.Tests.Walkthrough;

/// <summary>
/// Runs the README's first command once for all walkthrough tests — <c>run notebooks -o OUT --html OUT/report.html</c>,
/// in-process through <see cref="Program.RunAsync"/>, each notebook in its own fresh process as the command does —
/// into a temporary folder, and reads what it wrote.
/// </summary>
public sealed class WalkthroughRun : IAsyncLifetime
{
    /// <summary>The walkthrough notebooks, in reading order.</summary>
    public static readonly string[] Names = ["01-load-articles", "02-extract", "03-counts", "04-charts", "05-report"];

    private readonly string _out = Path.Combine(Path.GetTempPath(), "wb-walkthrough-" + Guid.NewGuid().ToString("N")[..8]);

    public static string NotebooksFolder => Path.Combine(Support.RepoRoot.Folder, "notebooks");

    public int ExitCode { get; private set; }

    public string Console { get; private set; } = "";

    public string ReportHtml => File.ReadAllText(Path.Combine(_out, "report.html"));

    /// <summary>The notebook as this run executed it.</summary>
    public Notebook Executed(string name) => NotebookFile.Read(Path.Combine(_out, name + ".ipynb"));

    /// <summary>The notebook as committed in the repository.</summary>
    public static Notebook Committed(string name) => NotebookFile.Read(Path.Combine(NotebooksFolder, name + ".ipynb"));

    public async Task InitializeAsync()
    {
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 400;
        ExitCode = await Program.RunAsync(["run", NotebooksFolder, "-o", _out, "--html", Path.Combine(_out, "report.html")], console);
        Console = console.Output;
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class WalkthroughCollection : ICollectionFixture<WalkthroughRun>
{
    public const string Name = "walkthrough";
}
