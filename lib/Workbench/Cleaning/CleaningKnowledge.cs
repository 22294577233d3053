using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Workbench.Diagnostics;
using Workbench.Text;

namespace Workbench.Cleaning;

/// <summary>
/// Everything the cleaner knows, read from data files so users extend it without recompiling:
/// chrome rules (<c>cleaning.jsonl</c>), date rules (<c>dates.jsonl</c>, <c>dates-months.tsv</c>), metadata rules
/// (<c>cleaning-metadata.jsonl</c>), outlets (<c>outlets.jsonl</c>) and abbreviations (<c>cleaning-abbreviations.tsv</c>).
/// </summary>
/// <remarks>Loaded once per folder and cached; patterns are compiled once. A rule that does not parse is skipped and
/// reported in <see cref="Problems"/> (WB015; a file the folder lacks is WB020), so one typo does not stop a load.</remarks>
public sealed class CleaningKnowledge
{
    /// <summary>The name of the folder, under a repository's <c>data/</c>, that holds the knowledge files.</summary>
    public const string FolderName = "knowledge";

    private static readonly ConcurrentDictionary<string, Lazy<CleaningKnowledge>> s_cache = new(StringComparer.Ordinal);
    private static readonly Lazy<CleaningKnowledge> s_builtIn = new(() => new CleaningKnowledge(KnowledgeFiles.BuiltIn));
    // Stops a catastrophic user pattern; generous, because a busy machine can deschedule a matching thread for seconds.
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private CleaningKnowledge(KnowledgeFiles files)
    {
        Source = files.Source;
        var problems = new List<Diagnostic>();
        Outlets = new OutletDirectory(ReadOutlets(files, problems));
        Months = MonthFile.Read(files, problems);
        Splitter = new SentenceSplitter(files.ReadTsv("cleaning-abbreviations.tsv", problems)
            .Select(r => r.Row.GetValueOrDefault("abbreviation") ?? "").Where(a => a.Length > 0));
        var chrome = new List<CleaningRule>();
        chrome.AddRange(ReadRules(files, "dates.jsonl", "published", problems));
        chrome.AddRange(ReadRules(files, "cleaning.jsonl", null, problems));
        Chrome = chrome.Where(r => r.Removes).ToArray();
        Ends = Chrome.Where(r => r.Scope is RuleScope.Prefix or RuleScope.Suffix).ToArray();
        Lines = Chrome.Where(r => r.Scope is RuleScope.Line or RuleScope.Section).ToArray();
        Sections = Chrome.Where(r => r.Scope is RuleScope.Section).ToArray();
        Metadata = ReadRules(files, "cleaning-metadata.jsonl", null, problems).Where(r => !r.Removes).ToArray();
        Problems = problems;
    }

    /// <summary>The built-in knowledge (the copies of <c>data/knowledge</c> compiled into the library).</summary>
    public static CleaningKnowledge BuiltIn => s_builtIn.Value;

    /// <summary>Where the files were read from: a folder, or <c>(built in)</c>.</summary>
    public string Source { get; }

    /// <summary>The rules that remove chrome, date rules first, in file order.</summary>
    public IReadOnlyList<CleaningRule> Chrome { get; }

    /// <summary>The prefix and suffix rules of <see cref="Chrome"/>, in order (the cleaner's hot loop reads these).</summary>
    internal CleaningRule[] Ends { get; }

    /// <summary>The whole-line and section rules of <see cref="Chrome"/>, in order.</summary>
    internal CleaningRule[] Lines { get; }

    /// <summary>The section rules of <see cref="Chrome"/>, in order.</summary>
    internal CleaningRule[] Sections { get; }

    /// <summary>The rules that read outlet and dateline, in priority (file) order.</summary>
    public IReadOnlyList<CleaningRule> Metadata { get; }

    /// <summary>The known outlets.</summary>
    public OutletDirectory Outlets { get; }

    /// <summary>Month names (any case) and their numbers.</summary>
    public IReadOnlyDictionary<string, int> Months { get; }

    /// <summary>The sentence splitter, with the abbreviations from the data files.</summary>
    public SentenceSplitter Splitter { get; }

    /// <summary>Rules that could not be read (WB015) and files the folder lacks (WB020).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Loads the knowledge files of <paramref name="directory"/> (cached per folder).</summary>
    /// <param name="directory">A folder holding <c>cleaning.jsonl</c> and its companions.</param>
    /// <returns>The knowledge.</returns>
    /// <example><c>CleaningKnowledge.Load("data/knowledge").Chrome.Count</c></example>
    public static CleaningKnowledge Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"No knowledge folder at '{full}'.");
        }
        return s_cache.GetOrAdd(full, d => new Lazy<CleaningKnowledge>(() => new CleaningKnowledge(KnowledgeFiles.FromDirectory(d)))).Value;
    }

    /// <summary>
    /// The knowledge for loading <paramref name="path"/>: the <c>data/knowledge</c> folder of the nearest enclosing
    /// repository of the path (or else of the current directory), or the built-in copy when there is none.
    /// </summary>
    /// <param name="path">The file or folder about to be loaded.</param>
    /// <returns>The knowledge.</returns>
    public static CleaningKnowledge For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var start in new[] { Path.GetFullPath(path), Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", FolderName);
                if (File.Exists(Path.Combine(candidate, "cleaning.jsonl")))
                {
                    return Load(candidate);
                }
            }
        }
        return BuiltIn;
    }

    private static List<OutletInfo> ReadOutlets(KnowledgeFiles files, List<Diagnostic> problems)
    {
        var outlets = new List<OutletInfo>();
        foreach (var (line, row) in files.ReadJsonl("outlets.jsonl", problems))
        {
            var id = KnowledgeFiles.String(row, "id");
            var name = KnowledgeFiles.String(row, "name");
            if (id is null || name is null)
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(Path.Combine(files.Source, "outlets.jsonl"), line, "an outlet needs 'id' and 'name'"));
                continue;
            }
            outlets.Add(new OutletInfo(id, name, KnowledgeFiles.Strings(row, "aliases"), KnowledgeFiles.Strings(row, "domains")));
        }
        return outlets;
    }

    private List<CleaningRule> ReadRules(KnowledgeFiles files, string name, string? defaultField, List<Diagnostic> problems)
    {
        var rules = new List<CleaningRule>();
        var where = Path.Combine(files.Source, name);
        foreach (var (line, row) in files.ReadJsonl(name, problems))
        {
            var id = KnowledgeFiles.String(row, "id");
            var pattern = KnowledgeFiles.String(row, "pattern");
            var scopeText = KnowledgeFiles.String(row, "scope");
            var field = KnowledgeFiles.String(row, "field") ?? defaultField;
            var kind = KnowledgeFiles.String(row, "kind") ?? field;
            if (id is null || pattern is null || kind is null || !TryParseScope(scopeText, out var scope))
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(where, line,
                    "a rule needs 'id', 'pattern', 'kind' (or 'field') and a 'scope' of line, prefix, suffix, section, any-line or first-body-line"));
                continue;
            }
            if (rules.Any(r => r.Id == id))
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(where, line, $"the id '{id}' is used twice"));
                continue;
            }
            try
            {
                var expanded = pattern.Replace("{outlet}", $"(?<outlet>{Outlets.AliasPattern})", StringComparison.Ordinal);
                var options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
                var regex = new Regex(expanded, options, MatchTimeout);
                rules.Add(new CleaningRule(id, kind, scope, regex, KnowledgeFiles.String(row, "lang") ?? "*", field, KnowledgeFiles.String(row, "value"))
                {
                    // Exact because the options above never ignore case (an inline (?i) gives no filter).
                    FirstChars = RuleFirstChars.Of(expanded),
                    MaxChars = row.TryGetProperty("max_chars", out var max) && max.TryGetInt32(out var n) && n > 0 ? n : int.MaxValue,
                });
            }
            catch (ArgumentException e)
            {
                problems.Add(DiagnosticCatalog.InvalidRule.Create(where, line, $"'{id}': {e.Message}"));
            }
        }
        return rules;
    }

    private static bool TryParseScope(string? text, out RuleScope scope)
    {
        scope = text switch
        {
            "line" => RuleScope.Line,
            "prefix" => RuleScope.Prefix,
            "suffix" => RuleScope.Suffix,
            "section" => RuleScope.Section,
            "any-line" => RuleScope.AnyLine,
            "first-body-line" => RuleScope.FirstBodyLine,
            _ => (RuleScope)(-1),
        };
        return Enum.IsDefined(scope);
    }
}
