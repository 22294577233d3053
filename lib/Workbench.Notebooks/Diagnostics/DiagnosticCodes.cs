namespace Workbench.Notebooks.Diagnostics;

/// <summary>
/// The catalogue of notebook diagnostic codes (WB100–WB149) and their message templates, in one place.
/// Tests check codes; wording may change.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>WB100: the notebook file is not valid JSON or not an nbformat document.</summary>
    public const string InvalidNotebook = "WB100";
    /// <summary>WB101: the notebook's nbformat major version is not 4.</summary>
    public const string UnsupportedFormat = "WB101";
    /// <summary>WB102: the file extension is neither <c>.ipynb</c> nor <c>.dib</c>.</summary>
    public const string UnknownExtension = "WB102";
    /// <summary>WB110: a cell does not compile.</summary>
    public const string CompileError = "WB110";
    /// <summary>WB111: a cell threw an exception.</summary>
    public const string RuntimeError = "WB111";
    /// <summary>WB112: a cell ran past its timeout.</summary>
    public const string CellTimeout = "WB112";
    /// <summary>WB113: a cell was interrupted (cancelled) before it finished.</summary>
    public const string CellInterrupted = "WB113";
    /// <summary>WB114: a cell uses a kernel the engine does not run (e.g. <c>#!fsharp</c>).</summary>
    public const string UnsupportedKernel = "WB114";
    /// <summary>WB115: the cell was not run because an earlier cell failed.</summary>
    public const string SkippedAfterError = "WB115";
    /// <summary>WB120: two versions of one NuGet package were asked for.</summary>
    public const string ConflictingPackageVersions = "WB120";
    /// <summary>WB121: restoring NuGet packages failed.</summary>
    public const string RestoreFailed = "WB121";
    /// <summary>WB122: a directive (<c>#r</c>, <c>#i</c>, <c>#load</c>, <c>#!…</c>) is malformed.</summary>
    public const string BadDirective = "WB122";
    /// <summary>WB130: a <c>-p name=value</c> names no parameter of the notebook's <c>parameters</c> cell.</summary>
    public const string UnknownParameter = "WB130";
    /// <summary>WB131: a parameter value cannot be converted to the type of its default.</summary>
    public const string BadParameterValue = "WB131";
    /// <summary>WB132: parameters were given but the notebook has no cell tagged <c>parameters</c>.</summary>
    public const string NoParametersCell = "WB132";
    /// <summary>WB140: the executed notebook or report could not be written.</summary>
    public const string WriteFailed = "WB140";
    /// <summary>WB141: the notebook process ended without reporting a result.</summary>
    public const string RunnerCrashed = "WB141";
}
