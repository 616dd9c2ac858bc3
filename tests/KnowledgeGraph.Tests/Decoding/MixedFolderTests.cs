using KnowledgeGraph.Tests.Graph;
using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Ingest;
using Xunit;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>A folder where good and bad files sit together: the good ones come out, each bad one is listed.</summary>
public sealed class MixedFolderTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public MixedFolderTests()
    {
        _dir.Write("ke-hoach.docx", DocxFixture.Build());
        _dir.Write("ke-hoach.pdf", PdfFixture.WithText(PdfFixture.PlanPages));
        _dir.Write("ke-hoach.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\nThực hiện Chỉ thị số 27-CT/TW của Ban Bí thư.\n"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "sub"));
        _dir.Write("sub/ghi-chu.md", Encoding.UTF8.GetBytes("# Ghi chú\nCăn cứ Nghị định số 60/2021/NĐ-CP.\n"));
        _dir.Write("scan.pdf", PdfFixture.WithoutText());
        _dir.Write("cut.docx", DocxFixture.Build()[..1000]);
        _dir.Write("empty.txt", []);
        _dir.Write("anh.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        _dir.Write("notes.rtf", Encoding.ASCII.GetBytes("{\\rtf1 ignored: not a supported type}"));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ExtractPaths_extracts_the_good_files_and_lists_every_bad_one_with_its_reason()
    {
        var result = new ExtractionPipeline().ExtractPaths([_dir.Path]);

        Assert.Equal(["ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.txt", "ghi-chu.md"], result.Documents.Select(d => d.Source));
        var errors = result.Errors.OrderBy(e => e.Source, StringComparer.Ordinal).ToList();
        Assert.Equal(["anh.txt", "cut.docx", "empty.txt", "scan.pdf"], errors.Select(e => e.Source));
        Assert.Equal("binary content: this is a PNG image, not a text document", errors[0].Message);
        Assert.StartsWith("not a readable .docx (corrupt or truncated): ", errors[1].Message);
        Assert.Equal("file is empty", errors[2].Message);
        Assert.Equal("no text layer (scanned PDF?); OCR is not supported", errors[3].Message);
        Assert.DoesNotContain(result.Errors, e => e.Source.EndsWith(".rtf", StringComparison.Ordinal)); // unsupported types in a folder are skipped
    }

    [Fact]
    public void The_extract_verb_prints_the_good_documents_lists_the_errors_and_exits_1()
    {
        var (exit, stdout, stderr) = RunKg("extract", _dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("== ke-hoach.docx", stdout);
        Assert.Contains("== ke-hoach.pdf", stdout);
        Assert.Contains("== ghi-chu.md", stdout);
        Assert.Contains("4 documents extracted, 4 errors", stdout);
        Assert.Contains("error: scan.pdf: no text layer (scanned PDF?); OCR is not supported", stderr);
        Assert.Contains("error: empty.txt: file is empty", stderr);
        Assert.Contains("error: cut.docx: not a readable .docx", stderr);
        Assert.Contains("error: anh.txt: binary content", stderr);
    }

    [Fact]
    public void The_extract_verb_exits_0_when_every_file_is_good()
    {
        var (exit, stdout, stderr) = RunKg("extract", Path.Combine(_dir.Path, "ke-hoach.docx"), Path.Combine(_dir.Path, "ke-hoach.pdf"));

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Contains("2 documents extracted, 0 errors", stdout);
    }

    /// <summary>Runs the built kg (copied beside the tests by the project reference) as a user would.</summary>
    private static (int Exit, string Stdout, string Stderr) RunKg(params string[] args)
    {
        var psi = KgExecutable.StartInfo(args);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("kg extract did not finish within 2 minutes");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
