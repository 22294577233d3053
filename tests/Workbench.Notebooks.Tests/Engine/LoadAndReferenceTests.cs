using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

public sealed class LoadAndReferenceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wb-load-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Load_and_r_resolve_against_the_working_directory()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "helpers.csx"), "static string Greet(string who) => $\"Xin chào, {who}\";");
        File.Copy(typeof(Markdig.Markdown).Assembly.Location, Path.Combine(_folder.FullName, "Markdig.dll"));
        using var session = ScriptSession.Create(new SessionOptions { WorkingDirectory = _folder.FullName });
        Assert.Equal("Xin chào, Hà Nội", (await Run.Cell(session, "#load \"helpers.csx\"\nGreet(\"Hà Nội\")")).Plain());
        Assert.Equal("<p><em>a</em></p>\n", (await Run.Cell(session, "#r \"Markdig.dll\"\nMarkdig.Markdown.ToHtml(\"*a*\")")).Plain());
    }
}
