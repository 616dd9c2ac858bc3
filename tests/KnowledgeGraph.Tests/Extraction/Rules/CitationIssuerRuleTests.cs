using KnowledgeGraph.Ingest.Extraction;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Rules;

/// <summary>The issuer written after a citation ("... của Bộ X"), in the shapes met in shared/corpus.</summary>
public sealed class CitationIssuerRuleTests
{
    [Theory]
    [InlineData("Căn cứ Thông tư số 06/2022/TT-BTTTT ngày 30 tháng 6 năm 2022 của Bộ trưởng Bộ Thông tin và Truyền thông quy định;", "Bộ trưởng Bộ Thông tin và Truyền thông")]
    [InlineData("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("Căn cứ Kế hoạch số 77/KH-UBND ngày 17 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ Thực hiện", "Ủy ban nhân dân thành phố Cần Thơ")]
    // "và" before another document or another body ends the name.
    [InlineData("Thực hiện Nghị quyết số 60-NQ/TU ngày 01/12/2025 của Tỉnh ủy và Kế hoạch số 316/KH-UBND ngày 09/12/2025", "Tỉnh ủy")]
    [InlineData("Căn cứ Thông tư liên tịch số 12/2020/TTLT-BTC-BNV ngày 01/02/2020 của Bộ Tài chính và Bộ Nội vụ;", "Bộ Tài chính")]
    public void IssuerAfterTheCode(string text, string issuer)
    {
        var first = CitationExtractor.Extract(text, null)[0];
        Assert.Equal(issuer, first.Issuer);
    }
}
