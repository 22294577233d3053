using Workbench.Notebooks.Documents;
using Workbench.Notebooks.Engine;

namespace Workbench.Notebooks.Runner;

/// <summary>
/// Turns engine events into nbformat outputs: adjacent stream text of one name merges, displays keep their id so a later
/// <c>Update</c> (even from another cell) replaces them in place.
/// </summary>
internal sealed class OutputCollector(List<NotebookCell> cells)
{
    public List<CellOutput> Add(List<CellOutput> outputs, ExecutionEvent e)
    {
        switch (e)
        {
            case StreamEvent s when outputs.Count > 0 && outputs[^1] is StreamOutput last && last.Name == s.Name:
                outputs[^1] = last with { Text = last.Text + s.Text };
                break;
            case StreamEvent s:
                outputs.Add(new StreamOutput(s.Name, s.Text));
                break;
            case DisplayEvent d:
                outputs.Add(new DisplayDataOutput(d.Data, d.DisplayId));
                break;
            case DisplayUpdateEvent u:
                Replace(outputs, u);
                break;
            case ResultEvent r:
                outputs.Add(new ExecuteResultOutput(r.Data, r.ExecutionCount));
                break;
            case ErrorEvent x:
                outputs.Add(new ErrorOutput(x.Name, x.Value, x.Traceback));
                break;
        }
        return outputs;
    }

    private void Replace(List<CellOutput> current, DisplayUpdateEvent update)
    {
        bool Matches(CellOutput o) => o is DisplayDataOutput d && d.DisplayId == update.DisplayId;
        var index = current.FindIndex(Matches);
        if (index >= 0)
        {
            current[index] = new DisplayDataOutput(update.Data, update.DisplayId);
            return;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var outputs = cells[i].Outputs.ToList();
            index = outputs.FindIndex(Matches);
            if (index < 0) continue;
            outputs[index] = new DisplayDataOutput(update.Data, update.DisplayId);
            cells[i] = cells[i] with { Outputs = outputs };
            return;
        }
    }
}
