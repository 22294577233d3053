using Workbench.Cli.Commands.Run;
using Workbench.Testing;

namespace Workbench.Cli.Tests.Run;

public class NotebookDiscoveryTests
{
    private static RunOptions Options(string path, string? output = null, bool inPlace = false) =>
        new([path], output, new Dictionary<string, string>(), null, false, TimeSpan.FromMinutes(1), inPlace);

    [Fact]
    public void A_folder_yields_its_notebooks_in_order_skipping_executed_copies_checkpoints_and_the_output_folder()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "b.ipynb", "a.dib", "a.executed.ipynb", ".ipynb_checkpoints/a-checkpoint.ipynb", "out/a.ipynb", "sub/c.ipynb", "notes.md" })
        {
            temp.Write(name, "{}");
        }
        var (jobs, errors) = NotebookDiscovery.Find(Options(temp.Path, temp["out"]));
        Assert.Empty(errors);
        Assert.Equal(["a.dib", "b.ipynb", Path.Combine("sub", "c.ipynb")], jobs.Select(j => Path.GetRelativePath(temp.Path, j.Input)));
        Assert.Equal(temp["out/sub/c.ipynb"], jobs[2].Output);
        Assert.Equal(temp["out/a.ipynb"], jobs[0].Output);
    }

    [Fact]
    public void An_output_folder_equal_to_the_input_folder_is_refused_unless_in_place()
    {
        using var temp = new TempFolder();
        var nb = temp.Write("x.ipynb", "{}");
        var (jobs, errors) = NotebookDiscovery.Find(Options(nb, temp.Path));
        Assert.Empty(jobs);
        Assert.Single(errors);
        Assert.Equal(nb, Assert.Single(NotebookDiscovery.Find(Options(nb, inPlace: true)).Jobs).Output);
    }

    [Fact]
    public void A_missing_path_is_an_error()
    {
        using var temp = new TempFolder();
        Assert.Single(NotebookDiscovery.Find(Options(temp["nope"])).Errors);
    }
}
