using System.CommandLine;
using Spectre.Console;
using Workbench.Kernel.Install;

namespace Workbench.Cli.Commands.Kernel;

/// <summary>What <c>workbench kernel install|uninstall</c> was asked to do.</summary>
/// <param name="Prefix">--prefix DIR (kernels go to DIR/share/jupyter/kernels), or null for the user's Jupyter folder.</param>
/// <param name="Name">--name: the kernelspec name.</param>
/// <param name="AsDotnetInteractive">Also register as <c>.net-csharp</c>, the name Polyglot notebooks ask for.</param>
internal sealed record KernelInstallOptions(string? Prefix, string Name, bool AsDotnetInteractive)
{
    public string KernelsFolder => Prefix is null ? KernelSpecs.UserKernelsFolder() : KernelSpecs.PrefixKernelsFolder(Prefix);

    public IEnumerable<string> Names => AsDotnetInteractive ? [Name, KernelSpecs.DotnetInteractiveName] : [Name];
}

/// <summary><c>workbench kernel install [--user | --prefix DIR] [--name NAME] [--as-dotnet-interactive]</c> and <c>uninstall</c>.</summary>
internal static class KernelInstallCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var (command, read) = Build("install", "Write the kernelspec where Jupyter and VS Code find it (default: --user).");
        command.SetAction(result =>
        {
            var options = read(result);
            try
            {
                foreach (var name in options.Names)
                {
                    var folder = KernelSpecs.Install(options.KernelsFolder, name, KernelLaunch.Argv());
                    console.MarkupLineInterpolated($"installed kernelspec [bold]{name}[/] in {folder}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                console.MarkupLineInterpolated($"[red]{e.Message}[/]");
                return 1;
            }
            console.MarkupLine($"Pick [bold]{KernelSpecs.DisplayName}[/] in your notebook's kernel picker.");
            return 0;
        });
        return command;
    }

    public static Command CreateUninstall(IAnsiConsole console)
    {
        var (command, read) = Build("uninstall", "Remove the kernelspec written by install (other kernels' specs are left alone).");
        command.SetAction(result =>
        {
            var options = read(result);
            foreach (var name in options.Names)
            {
                var removed = KernelSpecs.Uninstall(options.KernelsFolder, name);
                console.MarkupLineInterpolated($"{(removed ? "removed" : "no Workbench kernelspec named")} [bold]{name}[/] in {options.KernelsFolder}");
            }
            return 0;
        });
        return command;
    }

    private static (Command, Func<ParseResult, KernelInstallOptions>) Build(string verb, string description)
    {
        var user = new Option<bool>("--user") { Description = "Use the user's Jupyter data folder (the default)." };
        var prefix = new Option<string?>("--prefix") { Description = "Use PREFIX/share/jupyter/kernels (e.g. a folder on JUPYTER_PATH)." };
        var name = new Option<string>("--name") { Description = "The kernelspec name.", DefaultValueFactory = _ => KernelSpecs.DefaultName };
        var dotnet = new Option<bool>("--as-dotnet-interactive") { Description = "Also register as '.net-csharp', so Polyglot notebooks open unchanged." };
        var command = new Command(verb, description) { user, prefix, name, dotnet };
        command.Validators.Add(r =>
        {
            if (r.GetValue(user) && r.GetValue(prefix) is not null) r.AddError("--user and --prefix cannot be used together");
        });
        return (command, r => new KernelInstallOptions(r.GetValue(prefix), r.GetValue(name)!, r.GetValue(dotnet)));
    }
}
