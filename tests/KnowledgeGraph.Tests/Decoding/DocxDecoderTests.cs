using KnowledgeGraph.Tests.Graph;
using Xunit;
using System.Text;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;

namespace KnowledgeGraph.Tests.Decoding;

public sealed class DocxDecoderTests
{
    [Fact]
    public void Decode_keeps_paragraph_order_list_numbers_table_rows_and_footnotes()
    {
        var text = new DocxDecoder().Decode(new MemoryStream(DocxFixture.Build()), "plan.docx");
        Assert.Equal(DocxFixture.ExpectedText, text);
    }

    [Fact]
    public void Pipeline_round_trip_keeps_vietnamese_the_assignment_row_and_the_footnote_citation()
    {
        using var dir = new TempFolder();
        var path = dir.Write("ke-hoach.docx", DocxFixture.Build());

        var doc = new ExtractionPipeline().ExtractFile(path);

        Assert.Equal("ke-hoach.docx", doc.Source);
        var lines = doc.Text!.Split('\n');
        Assert.Contains("I. MỤC TIÊU, YÊU CẦU", lines);
        Assert.Contains("a) Cụ thể hóa các nhiệm vụ của Chỉ thị số 27-CT/TW;", lines);
        Assert.Contains("1 | Rà soát văn bản | Sở Tài chính | trước ngày 30/11 hàng năm", lines);
        Assert.Contains("[1] Quyết định số 806/QĐ-TTg ngày 12/5/2025 của Thủ tướng Chính phủ.", lines);
        Assert.DoesNotContain("lãng phí, hiệu quả", doc.Text); // the deleted revision
        Assert.DoesNotContain("chữ ẩn", doc.Text);
        Assert.True(doc.Text!.IsNormalized(NormalizationForm.FormC));
    }
}
