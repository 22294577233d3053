using Workbench.Notebooks.Documents;

namespace Workbench.Notebooks.Tests.Documents;

public class DibRoundTripTests
{
    [Fact]
    public void A_dib_file_reads_into_cells_with_kernels()
    {
        var nb = NotebookFile.Read(Fixtures.Path("sample.dib"));
        Assert.Equal(["markdown", "csharp", "csharp"], nb.Cells.Select(c => c.KernelName));
        Assert.Equal("# Báo cáo\n\nSome *markdown*.", nb.Cells[0].Source);
        Assert.Equal("x + 1", nb.Cells[2].Source);
    }

    [Fact]
    public void A_dib_file_in_the_engine_format_is_rewritten_byte_for_byte()
    {
        var text = File.ReadAllText(Fixtures.Path("sample.dib"));
        Assert.Equal(text, NotebookFile.Serialize(NotebookFile.Parse(text, NotebookFormat.Dib), NotebookFormat.Dib));
    }

    [Fact]
    public void Dib_to_ipynb_and_back_keeps_cells()
    {
        var nb = NotebookFile.Read(Fixtures.Path("sample.dib"));
        var viaIpynb = NotebookFile.Parse(NotebookFile.Serialize(nb, NotebookFormat.Ipynb), NotebookFormat.Ipynb);
        Assert.Equal(nb.Cells.Select(c => (c.KernelName, c.Source)), viaIpynb.Cells.Select(c => (c.KernelName, c.Source)));
    }

    [Fact]
    public void A_broken_meta_block_is_a_coded_diagnostic()
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookFile.Parse("#!meta\n\n{ broken\n\n#!csharp\n\n1\n", NotebookFormat.Dib, "b.dib"));
        Assert.Equal(Workbench.Notebooks.Diagnostics.DiagnosticCodes.InvalidNotebook, e.Diagnostic.Code);
    }
}
