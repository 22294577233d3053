using System.Text;
using Workbench.Text;

namespace Workbench.Corpus;

/// <summary>How <see cref="Corpus.Load(string, CorpusOptions?, CancellationToken)"/> reads files. Every setting has a sensible default.</summary>
/// <example><c>Corpus.Load("old-pages", new CorpusOptions { Encoding = CorpusOptions.EncodingNamed("windows-1258") })</c></example>
public sealed record CorpusOptions
{
    /// <summary>The options every load uses unless told otherwise.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>The encoding of files that have no byte-order mark, or <see langword="null"/> to detect it
    /// (UTF-8 first; a guessed legacy code page is reported as WB009).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Files larger than this are not read (WB005). Default 64 MiB.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>JSONL lines longer than this are skipped (WB019). Default 4 million characters.</summary>
    public int MaxJsonLineChars { get; init; } = 4_000_000;

    /// <summary>The folder of cleaning data files, or <see langword="null"/> to use the <c>data/knowledge</c> folder of the
    /// repository the path is in (else the built-in copy).</summary>
    public string? KnowledgeDirectory { get; init; }

    /// <summary>Whether a folder's subfolders are read too. Default <see langword="true"/>.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>How many files are read and cleaned at once. Default: one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Receives progress after each file, or <see langword="null"/>.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>The clock the load report's elapsed time is measured with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>A strict encoding by name or code page (<c>windows-1258</c>, <c>1252</c>, <c>utf-16</c> …), including the
    /// Windows code pages .NET does not enable by default.</summary>
    /// <param name="name">The encoding's name or code page number.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">No encoding has that name.</exception>
    public static Encoding EncodingNamed(string name) => TextDecoder.GetEncoding(name);
}

/// <summary>How far a load has come.</summary>
/// <param name="FilesDone">Files read so far.</param>
/// <param name="FilesTotal">Files to read.</param>
/// <param name="BytesDone">Bytes read so far.</param>
/// <param name="BytesTotal">Bytes to read.</param>
public readonly record struct LoadProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal);
