using System.Text;
using KnowledgeGraph.Search.Querying;
using Xunit;

namespace KnowledgeGraph.Tests.Search;

public class SnippetBuilderTests
{
    [Theory]
    // Typed with diacritics: "Lạng" is another word than "lãng" and stays unmarked.
    [InlineData("lãng phí", "UBND tỉnh Lạng Sơn chống lãng phí.", "UBND tỉnh Lạng Sơn chống «lãng» «phí».")]
    // Typed without: every folded match is marked.
    [InlineData("lang phi", "UBND tỉnh Lạng Sơn chống lãng phí.", "UBND tỉnh «Lạng» Sơn chống «lãng» «phí».")]
    // Typed with diacritics but the text has none: the folded matches are all there is.
    [InlineData("lãng phí", "chong lang phi nam 2026", "chong «lang» «phi» nam 2026")]
    [InlineData("\"chống lãng phí\"", "Thực hành tiết kiệm, chống lãng phí.", "Thực hành tiết kiệm, «chống lãng phí».")]
    [InlineData("806/qd-ttg", "Quyết định số 806/QĐ-TTg ngày 22/4/2025", "Quyết định số «806/QĐ-TTg» ngày 22/4/2025")]
    [InlineData("806", "Quyết định số 806/QĐ-TTg ngày 22/4/2025", "Quyết định số «806/QĐ-TTg» ngày 22/4/2025")]
    [InlineData("27-ct/tw", "Chỉ thị số 27-CT/TW của Ban Bí thư", "Chỉ thị số «27-CT/TW» của Ban Bí thư")]
    [InlineData("trươgn", "khẩn trương triển khai", "khẩn «trương» triển khai")]
    public void MarksMatchesInTheTextAsWritten(string query, string text, string expected) =>
        Assert.Equal(expected, new SnippetBuilder(UserQueryParser.Parse(query)).Build(text).Single());

    [Fact]
    public void DecomposedStoredTextIsMarkedAndKeptAsWritten()
    {
        var nfd = "Chống lãng phí trong chi tiêu".Normalize(NormalizationForm.FormD);
        var snippet = new SnippetBuilder(UserQueryParser.Parse("lãng phí")).Build(nfd).Single();
        Assert.Equal(("Chống «lãng» «phí» trong chi tiêu").Normalize(NormalizationForm.FormD), snippet);
    }

    [Fact]
    public void LongTextGivesAtMostThreeShortPassagesWithTheMostDistinctMatchesFirst()
    {
        var filler = string.Concat(Enumerable.Repeat("nội dung khác không liên quan. ", 30));
        var text = filler + "lãng phí một mình. " + filler + "tiết kiệm và chống lãng phí cùng nhau. " + filler + "lãng phí. " + filler + "lãng phí lần cuối.";
        var snippets = new SnippetBuilder(UserQueryParser.Parse("tiết kiệm lãng phí")).Build(text);
        Assert.Equal(3, snippets.Count);
        Assert.Contains("«tiết» «kiệm» và chống «lãng» «phí»", snippets[0]);
        Assert.All(snippets, s => Assert.True(s.Length <= 260, s));
    }

    [Fact]
    public void NoMatchNoSnippet() =>
        Assert.Empty(new SnippetBuilder(UserQueryParser.Parse("bão lũ")).Build("Kế hoạch cải cách hành chính"));
}
