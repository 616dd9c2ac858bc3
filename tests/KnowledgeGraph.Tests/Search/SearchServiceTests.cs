using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using Xunit;
using static KnowledgeGraph.Tests.Search.SearchTestDocuments;

namespace KnowledgeGraph.Tests.Search;

public sealed class SearchServiceTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.InMemory();
    private readonly SearchService _search;

    public SearchServiceTests()
    {
        _index.Rebuild(Small());
        _search = new SearchService(_index);
    }

    public void Dispose() => _index.Dispose();

    private SearchResult Find(string? query, string? type = null, string? issuer = null, string? province = null,
        int? year = null, int offset = 0, int limit = 10) =>
        _search.Search(new SearchRequest { Query = query, Type = type, Issuer = issuer, Province = province, Year = year, Offset = offset, Limit = limit });

    private static string[] Sources(SearchResult r) => r.Hits.Select(h => h.Source ?? h.Key).ToArray();

    [Fact]
    public void WordsWithDiacriticsRankExactMatchesFirstAndStillFindFoldedOnes()
    {
        var r = Find("lãng phí");
        Assert.Contains("b.txt", Sources(r)); // written without diacritics, still found
        var b = Array.IndexOf(Sources(r), "b.txt");
        Assert.True(Array.IndexOf(Sources(r), "a.txt") < b);
        Assert.True(Array.IndexOf(Sources(r), "c.txt") < b);
    }

    [Fact]
    public void WordsWithoutDiacriticsFindDocumentsWrittenWithThem()
    {
        var sources = Sources(Find("chong lang phi"));
        Assert.Contains("a.txt", sources);
        Assert.Contains("b.txt", sources);
        Assert.Contains("c.txt", sources);
        Assert.DoesNotContain("d.txt", sources);
    }

    [Theory]
    [InlineData("806/QĐ-TTg")]
    [InlineData("806/QD-TTg")]
    [InlineData("806/qđ-ttg")]
    [InlineData("806/qd-ttg")]
    [InlineData("\"806/QĐ-TTg\"")]
    [InlineData("806")]
    public void CodeInAnySpellingFindsTheCitedOnlyDocumentFirstThenItsCiters(string query)
    {
        var r = Find(query);
        var first = r.Hits[0];
        Assert.Equal("qd:806/QĐ-TTg:2025", first.Key);
        Assert.Null(first.Source);
        Assert.Equal(DocType.QuyetDinh, first.Type);
        Assert.Equal("806/QĐ-TTg", first.Code);
        Assert.Equal(["a.txt", "c.txt"], first.CitedBy.Select(c => c.Source));
        Assert.Contains(first.Snippets, s => s.Contains("«806/QĐ-TTg»"));
        Assert.Equal(["a.txt", "c.txt"], Sources(r).Skip(1).Order());
    }

    [Theory]
    [InlineData("27-CT/TW")]
    [InlineData("27-ct/tw")]
    public void PartyCodeFindsCitedDirective(string query)
    {
        var r = Find(query);
        Assert.Equal("ct:27-CT/TW", r.Hits[0].Key);
        Assert.Equal(["a.txt"], r.Hits[0].CitedBy.Select(c => c.Source));
    }

    [Theory]
    [InlineData("2848/QĐ-UBND", "c.txt")]
    [InlineData("2848/qd-ubnd", "c.txt")]
    [InlineData("148/KH-UBND", "a.txt")]
    [InlineData("148/KH - UBND", "a.txt")]
    [InlineData("0148/KH-UBND", "a.txt")]
    public void OwnCodeRanksTheDocumentFirst(string query, string source) => Assert.Equal(source, Sources(Find(query))[0]);

    [Fact]
    public void CitedOnlyDocumentIsFoundByItsSubjectWords()
    {
        var r = Find("tăng cường sự lãnh đạo của Đảng");
        Assert.Equal("ct:27-CT/TW", r.Hits[0].Key);
        Assert.Equal(DocType.ChiThi, r.Hits[0].Type);
        Assert.Equal("Ban Bí thư", r.Hits[0].Issuer);
    }

    [Fact]
    public void QuotedPhraseMustMatchAsAPhrase()
    {
        Assert.Equal(["d.txt"], Sources(Find("\"cải cách hành chính\"")));
        // The words occur in d.txt but not in this order.
        Assert.Empty(Find("\"hành chính cải cách tỉnh\"").Hits);
    }

    [Fact]
    public void TypoInALongWordIsTolerated()
    {
        Assert.Contains("e.txt", Sources(Find("khẩn trươgn"))); // trương → trươgn (transposition)
        Assert.Contains("d.txt", Sources(Find("hien dai hoa chinh quyen sso")));
    }

    [Fact]
    public void WordsThatOccurAreNotExpandedToTheirNeighbours()
    {
        _index.Upsert(Doc("f.txt", "Quả chanh và khẩn trương."));
        Assert.DoesNotContain("f.txt", Sources(Find("chinh quyen"))); // "chinh" occurs: "chanh" is another word
        Assert.Contains("f.txt", Sources(Find("chanhh")));            // "chanhh" occurs nowhere: a typo
    }

    [Fact]
    public void FiltersNarrowAndFacetsCountAllHitsNotOnlyThePage()
    {
        var all = Find("lãng phí", limit: 1);
        Assert.Single(all.Hits);
        Assert.Equal(all.Total, all.Facets.Type.Values.Sum());
        // a.txt, b.txt, c.txt, and the cited-only 806/QĐ-TTg and 27-CT/TW (their subjects mention waste).
        Assert.Equal(5, all.Total);
        Assert.Equal(new Dictionary<string, int> { ["KeHoach"] = 2, ["QuyetDinh"] = 2, ["ChiThi"] = 1 }, all.Facets.Type);
        Assert.Equal(new Dictionary<string, int> { ["Lạng Sơn"] = 2, ["Hải Phòng"] = 1 }, all.Facets.Province);
        Assert.Equal(new Dictionary<string, int> { ["2025"] = 3, ["2026"] = 1 }, all.Facets.Year); // 806 from its date; 27-CT/TW has none

        Assert.Equal(["a.txt", "b.txt"], Sources(Find("lãng phí", type: "KeHoach")).Order());
        Assert.Equal(["a.txt", "b.txt"], Sources(Find("lãng phí", type: "kế hoạch")).Order());
        Assert.Equal(["a.txt", "b.txt"], Sources(Find("lãng phí", type: "KH")).Order());
        Assert.Equal(["a.txt", "c.txt"], Sources(Find("lãng phí", province: "lang son")).Order());
        Assert.Equal(["a.txt", "c.txt"], Sources(Find("lãng phí", province: "tỉnh Lạng Sơn")).Order());
        Assert.Equal(["b.txt"], Sources(Find("lãng phí", issuer: "Sở Nội vụ")));
        Assert.Equal(["b.txt"], Sources(Find("lãng phí", year: 2026)));
        var filtered = Find("lãng phí", province: "Lạng Sơn");
        Assert.Equal(new Dictionary<string, int> { ["Lạng Sơn"] = 2 }, filtered.Facets.Province);
    }

    [Fact]
    public void FiltersAloneBrowseTheIndex()
    {
        Assert.Equal(["a.txt", "d.txt"], Sources(Find("", type: "KeHoach", province: "Lạng Sơn")).Order());
    }

    [Fact]
    public void PagesPartitionTheHits()
    {
        var all = Find("năm", limit: 100);
        Assert.True(all.Total >= 4);
        var paged = Enumerable.Range(0, all.Total).SelectMany(i => Find("năm", offset: i, limit: 1).Hits).Select(h => h.Key);
        Assert.Equal(all.Hits.Select(h => h.Key), paged);
        Assert.Empty(Find("năm", offset: all.Total).Hits);
        Assert.Equal(all.Total, Find("năm", offset: all.Total).Total);
    }

    [Fact]
    public void SnippetsKeepDiacriticsAndMarkMatchesTypedWithoutThem()
    {
        var hit = Find("chien luoc quoc gia").Hits.First(h => h.Source == "a.txt");
        Assert.Contains("«Chiến» «lược» «quốc» «gia»", hit.Snippets[0]);
        var code = Find("806/QD-TTg").Hits.First(h => h.Source == "c.txt");
        Assert.Contains("Căn cứ Quyết định số «806/QĐ-TTg» ngày 22/4/2025", code.Snippets[0]);
    }

    [Fact]
    public void ReplacingADocumentDropsItsOldTextAndCitations()
    {
        Assert.Contains("a.txt", Sources(Find("Sở Tài chính")));
        _index.Upsert(Doc("a.txt", "Kế hoạch mới về chuyển đổi số.", code: "148/KH-UBND", issuer: "UBND tỉnh Lạng Sơn", province: "Lạng Sơn"));
        Assert.DoesNotContain("a.txt", Sources(Find("Sở Tài chính")));
        Assert.Contains("a.txt", Sources(Find("chuyển đổi số")));
        Assert.Empty(Find("27-CT/TW").Hits); // only a.txt cited it
        Assert.Equal(["c.txt"], Find("806/QĐ-TTg").Hits[0].CitedBy.Select(c => c.Source));

        _index.Remove("src:a.txt");
        Assert.Empty(Find("chuyển đổi số").Hits);
    }

    [Fact]
    public void RebuildReplacesEverything()
    {
        Assert.Equal(1, _index.Rebuild([Doc("z.txt", "Văn bản duy nhất về phòng cháy chữa cháy.")]));
        Assert.Empty(Find("lãng phí").Hits);
        Assert.Equal(["z.txt"], Sources(Find("phong chay")));
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("lãng phí AND (")]
    [InlineData("\"lãng phí")]
    [InlineData("lãng \"phí")]
    [InlineData("[806 TO 900]")]
    [InlineData("806/QĐ-TTg~2^3")]
    [InlineData("phí~ l?ng \\ / // -- ++ ! { } ~ ^")]
    [InlineData("\"\"")]
    [InlineData("a b c d e f g h i k l m n o p q r s t u v x y z aa bb cc dd ee ff gg hh ii kk ll mm nn")]
    public void OddInputGivesResultsOrAClearMessageNeverALuceneError(string query)
    {
        try
        {
            var r = Find(query);
            Assert.True(r.Total >= 0);
        }
        catch (SearchQueryException e)
        {
            Assert.Contains("query", e.Message);
        }
    }

    [Fact]
    public void UnclosedQuoteSearchesTheRestAsAPhraseAndSaysSo()
    {
        var r = Find("kế hoạch \"chống lãng phí");
        Assert.Contains(r.Notes, n => n.Contains("quote"));
        Assert.Contains("a.txt", Sources(r));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("*", "no words")]
    [InlineData("?!.,;:()[]{}", "no words")]
    public void EmptyOrPunctuationOnlyIsAClearError(string query, string expected)
    {
        var e = Assert.Throws<SearchQueryException>(() => Find(query));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void VeryLongQueryIsAClearError()
    {
        var e = Assert.Throws<SearchQueryException>(() => Find(string.Concat(Enumerable.Repeat("lãng phí ", 1112))));
        Assert.Contains("10,008 characters", e.Message);
    }

    [Fact]
    public void ManyWordsAreCutWithANote()
    {
        var r = Find(string.Join(' ', Enumerable.Repeat("lãng phí", 40)));
        Assert.Contains(r.Notes, n => n.Contains("first 32 words"));
    }

    [Theory]
    [InlineData(-1, 10, "Offset -1")]
    [InlineData(0, 0, "Limit 0")]
    [InlineData(0, 101, "Limit 101")]
    public void BadPagingIsAClearError(int offset, int limit, string expected) =>
        Assert.Contains(expected, Assert.Throws<SearchQueryException>(() => Find("lãng phí", offset: offset, limit: limit)).Message);

    [Fact]
    public void UnknownTypeNamesTheValidOnes()
    {
        var e = Assert.Throws<SearchQueryException>(() => Find("lãng phí", type: "Sắc lệnh"));
        Assert.Contains("Sắc lệnh", e.Message);
        Assert.Contains("KeHoach (Kế hoạch)", e.Message);
    }
}
