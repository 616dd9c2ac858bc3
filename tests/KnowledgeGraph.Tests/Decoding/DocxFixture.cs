using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>
/// Writes a small Vietnamese plan as .docx at test time: a two-column header table, a numbered outline
/// (I. / 1. / a)), a bullet, a four-column assignment table, a footnote, a deleted revision and hidden text.
/// <see cref="ExpectedText"/> is what DocxDecoder must return for it.
/// </summary>
public static class DocxFixture
{
    public const string ExpectedText =
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n" +
        "Số: 148/KH-UBND\n|\nLạng Sơn, ngày 02 tháng 6 năm 2025\n|\n" +
        "KẾ HOẠCH\n" +
        "Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035\n" +
        "I. MỤC TIÊU, YÊU CẦU\n" +
        "1. Mục tiêu\n" +
        "a) Cụ thể hóa các nhiệm vụ của Chỉ thị số 27-CT/TW;\n" +
        "b) Bảo đảm tiết kiệm, hiệu quả.\n" +
        "- Đẩy mạnh chuyển đổi số.\n" +
        "II. NHIỆM VỤ\n" +
        "1. Giao Sở Tài chính chủ trì.\n" +
        "STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn\n|\n" +
        "1 | Rà soát văn bản | Sở Tài chính | trước ngày 30/11 hàng năm\n|\n" +
        "2 | Báo cáo kết quả thực hiện | Sở Nội vụ Văn phòng UBND tỉnh | Quý IV/2025\n|\n" +
        "\n" +
        "[1] Quyết định số 806/QĐ-TTg ngày 12/5/2025 của Thủ tướng Chính phủ.";

    private const int OutlineList = 1, BulletList = 2;

    public static byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" Quyết định số 806/QĐ-TTg ngày 12/5/2025 của Thủ tướng Chính phủ.") { Space = SpaceProcessingModeValues.Preserve }))) { Id = 1 });

            var body = new Body(
                TableOf(
                    [["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
                    [["Số: 148/KH-UBND"], ["Lạng Sơn, ngày 02 tháng 6 năm 2025"]]),
                Para("KẾ HOẠCH"),
                new Paragraph(
                    new Run(new Text("Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035")),
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }),
                    new Run(new RunProperties(new Vanish()), new Text("chữ ẩn"))),
                Listed("MỤC TIÊU, YÊU CẦU", OutlineList, 0),
                Listed("Mục tiêu", OutlineList, 1),
                Listed("Cụ thể hóa các nhiệm vụ của Chỉ thị số 27-CT/TW;", OutlineList, 2),
                new Paragraph(
                    new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 2 }, new NumberingId { Val = OutlineList })),
                    new Run(new Text("Bảo đảm tiết kiệm, ")),
                    new DeletedRun(new DeletedText("lãng phí, ")) { Id = "1", Author = "test" },
                    new Run(new Text("hiệu quả."))),
                Listed("Đẩy mạnh chuyển đổi số.", BulletList, 0),
                Listed("NHIỆM VỤ", OutlineList, 0),
                Listed("Giao Sở Tài chính chủ trì.", OutlineList, 1),
                TableOf(
                    [["STT"], ["Nhiệm vụ"], ["Cơ quan chủ trì"], ["Thời hạn"]],
                    [["1"], ["Rà soát văn bản"], ["Sở Tài chính"], ["trước ngày 30/11 hàng năm"]],
                    [["2"], ["Báo cáo kết quả thực hiện"], ["Sở Nội vụ", "Văn phòng UBND tỉnh"], ["Quý IV/2025"]]));
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Listed(string text, int numId, int level) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
        new Run(new Text(text)));

    /// <summary>A table from rows of cells, each cell a list of paragraphs.</summary>
    private static Table TableOf(params string[][][] rows) =>
        new(rows.Select(row => new TableRow(row.Select(cell => new TableCell(cell.Select(Para))))).Prepend<OpenXmlElement>(new TableProperties()));

    private static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.UpperRoman, "%1."),
            Level(1, NumberFormatValues.Decimal, "%2."),
            Level(2, NumberFormatValues.LowerLetter, "%3)")) { AbstractNumberId = 10 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "\u2022")) { AbstractNumberId = 20 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = OutlineList },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = BulletList });

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text }) { LevelIndex = index };
}
