namespace Workbench.Notebooks.Engine.Directives;

/// <summary>A directive line found in a cell; <see cref="Line"/> is 1-based within the cell.</summary>
/// <param name="Line">The line it was on.</param>
public abstract record Directive(int Line);

/// <summary><c>#r "nuget: Name, Version"</c>: a NuGet package to restore and reference (no version = latest).</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version, or null.</param>
/// <param name="Line">The line it was on.</param>
public sealed record PackageReferenceDirective(string Name, string? Version, int Line) : Directive(Line);

/// <summary><c>#i "nuget: source"</c>: an extra package source (a URL or a local folder).</summary>
/// <param name="Source">The source.</param>
/// <param name="Line">The line it was on.</param>
public sealed record PackageSourceDirective(string Source, int Line) : Directive(Line);

/// <summary><c>#r "path.dll"</c>: an assembly by path (resolved by Roslyn against the working directory).</summary>
/// <param name="Path">The path as written.</param>
/// <param name="Line">The line it was on.</param>
public sealed record AssemblyReferenceDirective(string Path, int Line) : Directive(Line);

/// <summary><c>#load "file.csx"</c>: a script file compiled into the submission (resolved by Roslyn).</summary>
/// <param name="Path">The path as written.</param>
/// <param name="Line">The line it was on.</param>
public sealed record LoadDirective(string Path, int Line) : Directive(Line);

/// <summary><c>#!csharp</c>, <c>#!markdown</c>, <c>#!html</c>, …: the kernel that runs the cell.</summary>
/// <param name="Kernel">The canonical kernel name (<c>csharp</c>, <c>markdown</c>, <c>html</c>, …).</param>
/// <param name="Line">The line it was on.</param>
public sealed record KernelDirective(string Kernel, int Line) : Directive(Line);

/// <summary>A <c>#!</c> magic command the engine does not support (e.g. <c>#!time</c>); it is ignored with a warning.</summary>
/// <param name="Text">The line.</param>
/// <param name="Line">The line it was on.</param>
public sealed record UnsupportedDirective(string Text, int Line) : Directive(Line);
