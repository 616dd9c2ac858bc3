using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Querying;
using Xunit;

namespace KnowledgeGraph.Tests.Search;

/// <summary>User text → words (exact/folded), phrases, codes, numbers. Format: w=exact:folded, p=[...], c=canonical, n=number.</summary>
public class UserQueryParserTests
{
    [Theory]
    [InlineData("lãng phí", "w=lãng:lang w=phí:phi")]
    [InlineData("LANG PHI", "w=lang:lang w=phi:phi")]
    [InlineData("\"chống lãng phí\" 2026", "p=[chong lang phi] n=2026")]
    [InlineData("Quyết định 806/QĐ-TTg", "w=quyết:quyet w=định:dinh c=806/QD-TTG")]
    [InlineData("806/qd-ttg 27-ct/tw", "c=806/QD-TTG c=27-CT/TW")]
    [InlineData("60/2021/NĐ-CP", "c=60/2021/ND-CP")]
    [InlineData("\"156/KH - UBND\"", "c=156/KH-UBND")]
    [InlineData("0806", "n=806")]
    [InlineData("title:( lãng", "w=title:title w=lãng:lang")]
    [InlineData("AND OR NOT", "w=and:and w=or:or w=not:not")]
    [InlineData("phí phí PHÍ", "w=phí:phi")]
    [InlineData("“chống lãng phí”", "p=[chong lang phi]")] // typographic quotes
    [InlineData("kế hoạch \"chống lãng", "w=kế:ke w=hoạch:hoach p=[chong lang]")]
    public void Parses(string text, string expected) => Assert.Equal(expected, Describe(UserQueryParser.Parse(text)));

    [Fact]
    public void DecomposedInputParsesLikeComposed() =>
        Assert.Equal(Describe(UserQueryParser.Parse("lãng phí")),
            Describe(UserQueryParser.Parse("lãng phí".Normalize(System.Text.NormalizationForm.FormD))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void BlankIsEmpty(string? text) => Assert.True(UserQueryParser.Parse(text).IsEmpty);

    [Theory]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("( ) : ^ ~ - + ! ?")]
    public void NothingToSearchIsAnError(string text) =>
        Assert.Contains(text.Trim(), Assert.Throws<SearchQueryException>(() => UserQueryParser.Parse(text)).Message);

    [Fact]
    public void UnclosedQuoteIsNoted() =>
        Assert.Single(UserQueryParser.Parse("a \"b c").Notes);

    private static string Describe(UserQuery q) => string.Join(' ',
        q.Words.Select(w => $"w={w.Exact}:{w.Folded}")
            .Concat(q.Phrases.Select(p => $"p=[{string.Join(' ', p.Words.Select(w => w.Folded))}]"))
            .Concat(q.Codes.Select(c => $"c={c.Canonical}"))
            .Concat(q.Numbers.Select(n => $"n={n}")));
}
