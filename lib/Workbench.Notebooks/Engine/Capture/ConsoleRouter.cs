using System.Text;

namespace Workbench.Notebooks.Engine.Capture;

/// <summary>
/// Installs, once per process, console writers and a reader that route to the ambient <see cref="Execution"/> and fall
/// back to the real console outside one. <c>Console.SetOut</c> is process-wide, so this is the only place that calls it.
/// </summary>
internal static class ConsoleRouter
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            Console.SetIn(new RoutingReader(Console.In));
            _installed = true;
        }
    }

    private sealed class RoutingWriter(string name, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (Execution.Current is { } e) e.Emit(new StreamEvent(name, value));
            else fallback.Write(value);
        }

        public override void WriteLine(string? value) => Write(value + new string(CoreNewLine));

        public override void Flush() => fallback.Flush();
    }

    private sealed class RoutingReader(TextReader fallback) : TextReader
    {
        public override string? ReadLine() =>
            Execution.Current is { } e ? e.ReadInput?.Invoke("", false) : fallback.ReadLine();

        public override int Read() => Execution.Current is null ? fallback.Read() : -1;

        public override int Peek() => Execution.Current is null ? fallback.Peek() : -1;
    }
}
