namespace Workbench.Kernel;

/// <summary>Where the kernel reports coded diagnostics: stderr in a real kernel (Jupyter shows it in its log), a string in tests.</summary>
internal sealed class KernelLog(TextWriter writer)
{
    private readonly Lock _gate = new();

    public void Write(string code, params object?[] args)
    {
        var line = KernelDiagnostics.Format(code, args);
        lock (_gate)
        {
            writer.WriteLine($"[workbench kernel] {line}");
            writer.Flush();
        }
    }
}
