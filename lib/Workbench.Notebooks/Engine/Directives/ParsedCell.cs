namespace Workbench.Notebooks.Engine.Directives;

/// <summary>
/// A cell split by <see cref="DirectiveParser"/>: the code for Roslyn (engine-handled directive lines blanked so line
/// numbers stay cell-relative), the kernel that runs it, and the directives found.
/// </summary>
/// <param name="Code">The code to compile; <c>#r "path"</c> and <c>#load</c> are kept for Roslyn to resolve.</param>
/// <param name="Kernel">The kernel: from a leading <c>#!name</c> line, else the kernel given to the parser.</param>
/// <param name="Directives">The directives, in order.</param>
/// <param name="Errors">Malformed directives (code <c>WB122</c>), as messages with their line.</param>
public sealed record ParsedCell(
    string Code, string Kernel, IReadOnlyList<Directive> Directives, IReadOnlyList<(int Line, string Message)> Errors)
{
    /// <summary>The NuGet packages the cell asks for.</summary>
    public IEnumerable<PackageReferenceDirective> Packages => Directives.OfType<PackageReferenceDirective>();

    /// <summary>The package sources the cell adds.</summary>
    public IEnumerable<PackageSourceDirective> Sources => Directives.OfType<PackageSourceDirective>();
}
