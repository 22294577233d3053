using Workbench.Notebooks.Diagnostics;
using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Tests.Engine;

/// <summary>Restores come from the local NuGet cache (Humanizer.Core is restored for the solution): no network.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("wb-packages-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public async Task A_nuget_package_is_restored_once_and_usable_and_a_second_session_reuses_the_cache()
    {
        const string cell = "#r \"nuget: Humanizer.Core, 3.0.10\"\nusing Humanizer;\n\"defence_diplomacy\".Humanize()";
        using (var first = ScriptSession.Create(new SessionOptions { PackageCacheDirectory = _cache }))
        {
            var outcome = await Run.Cell(first, cell);
            Assert.Equal("defence diplomacy", outcome.Plain());
            Assert.Equal(1, first.PackageRestores);
        }
        using var second = ScriptSession.Create(new SessionOptions { PackageCacheDirectory = _cache });
        Assert.Null(await second.PreparePackagesAsync([cell]));
        Assert.Equal("defence diplomacy", (await Run.Cell(second, cell)).Plain());
        Assert.Equal(0, second.PackageRestores);
    }

    [Fact]
    public async Task Two_versions_of_one_package_is_a_clear_error()
    {
        using var session = ScriptSession.Create(new SessionOptions { PackageCacheDirectory = _cache });
        var error = await session.PreparePackagesAsync(["#r \"nuget: Humanizer.Core, 3.0.10\"", "#r \"nuget: Humanizer.Core, 2.14.1\""]);
        Assert.Equal(DiagnosticCodes.ConflictingPackageVersions, error!.Diagnostics[0].Code);
    }
}
