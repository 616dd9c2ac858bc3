using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Rules;

/// <summary>Relations stated between two cited documents, in the shapes met in shared/corpus.</summary>
public sealed class ThirdPartyRelationRuleTests
{
    private const string Head = "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 10/QĐ-UBND\nBắc Ninh, ngày 05 tháng 5 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n";

    private static List<(string From, string Type, string To)> Third(string body)
    {
        var d = DocumentExtractor.Extract(TextNormalizer.Normalize(Head + body), "test.txt");
        return d.Relations.Where(r => r.From != d.Key).Select(r => (Code(r.From), r.Type.ToString(), Code(r.To))).ToList();
    }

    private static string Code(string key) => key.Split('@')[0];

    [Theory]
    // QĐ 2820/QĐ-UBND (Bắc Ninh): the programme of 03/NQ-CP implementing 57-NQ/TW is what 71/NQ-CP amends, not 57-NQ/TW.
    [InlineData("Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;",
        "71/NQ-CP AMENDS 03/NQ-CP", "57-NQ/TW")]
    // Without a chain the cited document itself is amended.
    [InlineData("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP ngày 27 tháng 01 năm 2022 của Chính phủ;",
        "14/2022/NĐ-CP AMENDS 15/2020/NĐ-CP", "")]
    public void A_passive_amendment_names_the_amended_document(string body, string expected, string notAmended)
    {
        var relations = Third(body);
        var parts = expected.Split(' ');
        Assert.Contains((parts[0], parts[1], parts[2]), relations);
        // No relation points from the implemented document to the amending one, and it is not said to be amended.
        Assert.DoesNotContain(relations, r => r.From == notAmended && r.To == parts[0]);
        Assert.DoesNotContain(relations, r => r.From == parts[0] && r.To == notAmended && r.Type == "AMENDS");
    }

    [Fact]
    public void A_basis_as_amended_makes_the_amending_document_a_basis_too()
    {
        var d = DocumentExtractor.Extract(TextNormalizer.Normalize(Head +
            "Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;"), "test.txt");
        var own = d.Relations.Where(r => r.From == d.Key).ToDictionary(r => Code(r.To), r => r.Type.ToString());
        Assert.Equal("BASED_ON", own["03/NQ-CP"]);
        Assert.Equal("BASED_ON", own["71/NQ-CP"]);
    }
}
