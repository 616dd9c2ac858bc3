using System.Text;
using KnowledgeGraph.Search.Analysis;
using Xunit;

namespace KnowledgeGraph.Tests.Search;

/// <summary>The analyzer chain token by token (STYLE.md rule 9), with and without diacritics, NFC and NFD.</summary>
public class VietnameseAnalyzerTests
{
    [Theory]
    [InlineData("Chống lãng phí", "chong|lang|phi", "chống|lãng|phí")]
    [InlineData("chong lang phi", "chong|lang|phi", "chong|lang|phi")]
    [InlineData("ĐẨY MẠNH cải cách", "day|manh|cai|cach", "đẩy|mạnh|cải|cách")]
    [InlineData("Ðảng bộ", "dang|bo", "đảng|bộ")] // U+00D0 Eth written for Đ
    [InlineData("806/QĐ-TTg", "806|qd|ttg", "806|qđ|ttg")]
    [InlineData("27-CT/TW", "27|ct|tw", "27|ct|tw")]
    [InlineData("60/2021/NĐ-CP", "60|2021|nd|cp", "60|2021|nđ|cp")]
    [InlineData("156/KH - UBND ngày 20/6/2025", "156|kh|ubnd|ngay|20|6|2025", "156|kh|ubnd|ngày|20|6|2025")]
    [InlineData("(THTK, CLP) của tỉnh", "thtk|clp|cua|tinh", "thtk|clp|của|tỉnh")]
    [InlineData("Nguyễn Thị Hường", "nguyen|thi|huong", "nguyễn|thị|hường")]
    [InlineData("title:( * AND OR NOT", "title|and|or|not", "title|and|or|not")]
    public void Tokens(string input, string folded, string exact)
    {
        Assert.Equal(folded, Join(VietnameseAnalyzer.Folded, input));
        Assert.Equal(exact, Join(VietnameseAnalyzer.Exact, input));
    }

    [Theory]
    [InlineData("Chống lãng phí")]
    [InlineData("Thủ tướng Chính phủ ĐẨY MẠNH")]
    [InlineData("Nguyễn Thị Hường")]
    public void DecomposedInputGivesTheSameTokensAsComposed(string nfc)
    {
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(Join(VietnameseAnalyzer.Folded, nfc), Join(VietnameseAnalyzer.Folded, nfd));
        Assert.Equal(Join(VietnameseAnalyzer.Exact, nfc), Join(VietnameseAnalyzer.Exact, nfd));
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalDecomposedText()
    {
        var nfd = "về phòng, chống lãng phí".Normalize(NormalizationForm.FormD);
        var tokens = VietnameseAnalyzer.Exact.Tokenize(nfd);
        Assert.Equal(["về", "phòng", "chống", "lãng", "phí"], tokens.Select(t => t.Term));
        // Each span of the input, composed, is the token: the marks stay inside the span.
        foreach (var t in tokens)
            Assert.Equal(t.Term, nfd[t.Start..t.End].Normalize(NormalizationForm.FormC).ToLowerInvariant());
    }

    [Theory]
    [InlineData("Quyết định", "Quyet dinh")]
    [InlineData("QĐ-TTg", "QD-TTg")]
    [InlineData("Ðà Nẵng", "Da Nang")]
    public void FoldingOfUntokenisedStrings(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
        Assert.Equal(expected, TextFolding.Fold(input.Normalize(NormalizationForm.FormD)));
    }

    private static string Join(VietnameseAnalyzer analyzer, string text) =>
        string.Join('|', analyzer.Tokenize(text).Select(t => t.Term));
}
