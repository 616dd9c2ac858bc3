using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeGraph.Ingest.Decoding;
using Xunit;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>List numbers that come from a paragraph style, a start override, and a restart of an inner level.</summary>
public sealed class DocxNumberingTests
{
    [Fact]
    public void Numbers_from_styles_overrides_and_nested_levels_are_rendered_as_Word_shows_them()
    {
        var text = new DocxDecoder().Decode(new MemoryStream(Build()), "dieu.docx");

        Assert.Equal(
            "Điều 1. Phạm vi điều chỉnh\n" +
            "1.1. Đối tượng áp dụng\n" +
            "1.2. Giải thích từ ngữ\n" +
            "Điều 2. Tổ chức thực hiện\n" +
            "2.1. Giao Sở Nội vụ\n" +
            "5) điểm bắt đầu từ 5\n" +
            "6) điểm tiếp theo\n" +
            "iv. số La Mã thường\n" +
            "Đoạn không đánh số", text);
    }

    private static byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Article" },
                    new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Article" },
                new Style(new StyleName { Val = "Clause" }, new BasedOn { Val = "Article" },
                    new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Clause" });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.Decimal, "Điều %1.", 1),
                    Level(1, NumberFormatValues.Decimal, "%1.%2.", 1)) { AbstractNumberId = 1 },
                new AbstractNum(Level(0, NumberFormatValues.Decimal, "%1)", 1)) { AbstractNumberId = 2 },
                new AbstractNum(Level(0, NumberFormatValues.LowerRoman, "%1.", 4)) { AbstractNumberId = 3 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 3 });
            main.Document = new Document(new Body(
                Styled("Phạm vi điều chỉnh", "Article"),
                Styled("Đối tượng áp dụng", "Clause"),
                Styled("Giải thích từ ngữ", "Clause"),
                Styled("Tổ chức thực hiện", "Article"),
                Styled("Giao Sở Nội vụ", "Clause"),
                Listed("điểm bắt đầu từ 5", 2),
                Listed("điểm tiếp theo", 2),
                Listed("số La Mã thường", 3),
                new Paragraph(new Run(new Text("Đoạn không đánh số")))));
        }
        return ms.ToArray();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Paragraph Listed(string text, int numId) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })),
            new Run(new Text(text)));

    private static Level Level(int index, NumberFormatValues format, string text, int start) => new(
        new StartNumberingValue { Val = start },
        new NumberingFormat { Val = format },
        new LevelText { Val = text }) { LevelIndex = index };
}
