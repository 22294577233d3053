using Workbench.Diagnostics;

namespace Workbench.Corpus.Reading;

/// <summary>The kinds of file the corpus reads.</summary>
internal enum ArticleFileKind
{
    Text,
    Html,
    Jsonl,
}

/// <summary>One file to read: where it is, what it is called in the corpus, its kind and size.</summary>
internal sealed record ArticleFile(string FullPath, string RelativePath, ArticleFileKind Kind, long Length)
{
    public static ArticleFileKind? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => ArticleFileKind.Text,
        ".html" or ".htm" or ".xhtml" => ArticleFileKind.Html,
        ".jsonl" or ".ndjson" => ArticleFileKind.Jsonl,
        _ => null,
    };

    /// <summary>The article files at <paramref name="path"/> (a file, or a folder searched in ordinal path order), and
    /// diagnostics for what is there but cannot be read.</summary>
    public static IReadOnlyList<ArticleFile> Find(string path, bool recursive, List<Diagnostic> diagnostics)
    {
        if (File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            var kind = KindOf(full);
            var name = Path.GetFileName(full);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticCatalog.UnsupportedFile.Create(name, null, Path.GetExtension(full)));
                return [];
            }
            return [new ArticleFile(full, name, kind.Value, new FileInfo(full).Length)];
        }
        if (!Directory.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.PathNotFound.Create(path, null, path));
            return [];
        }
        var root = Path.GetFullPath(path);
        var files = new List<ArticleFile>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", options))
        {
            var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }
            var kind = KindOf(info.Name);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticCatalog.UnsupportedFile.Create(relative, null, info.Extension.Length > 0 ? info.Extension : "(no extension)"));
                continue;
            }
            files.Add(new ArticleFile(info.FullName, relative, kind.Value, info.Length));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        diagnostics.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        if (files.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoArticles.Create(path, null, path));
        }
        return files;
    }
}
