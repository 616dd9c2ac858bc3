using KnowledgeGraph.Tests.Graph;
using Xunit;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;

namespace KnowledgeGraph.Tests.Decoding;

public sealed class PdfDecoderTests
{
    [Fact]
    public void Decode_returns_each_page_in_content_order_pages_joined_by_newline()
    {
        var text = new PdfDecoder().Decode(new MemoryStream(PdfFixture.WithText(PdfFixture.PlanPages)), "plan.pdf");
        Assert.Equal(string.Join('\n', PdfFixture.PlanPages.Select(p => string.Join('\n', p))), text);
    }

    [Fact]
    public void Pipeline_round_trip_keeps_vietnamese_diacritics_and_codes()
    {
        using var dir = new TempFolder();
        var path = dir.Write("ke-hoach.pdf", PdfFixture.WithText(PdfFixture.PlanPages));

        var doc = new ExtractionPipeline().ExtractFile(path);

        // Paragraph joining is TextNormalizer's business; what the decoder owes is every letter intact.
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", doc.Text);
        Assert.Contains("Số: 148/KH-UBND", doc.Text);
        Assert.Contains("I. MỤC TIÊU, YÊU CẦU", doc.Text!.Split('\n'));
        Assert.Contains("Cụ thể hóa Chỉ thị số 27-CT/TW của Ban Bí thư.", doc.Text);
        Assert.Contains("Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/11 hàng năm.", doc.Text);
    }
}
