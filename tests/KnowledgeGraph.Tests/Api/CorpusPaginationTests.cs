using KnowledgeGraph.Tests.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

public sealed class CorpusServerFixture() : ApiServerFixture(SharedData.Corpus);

/// <summary>Paging through the real corpus over HTTP: every document once, in key order, filters applied on every page.</summary>
public sealed class CorpusPaginationTests(CorpusServerFixture fx) : IClassFixture<CorpusServerFixture>
{
    private const string Page = """
        query P($after: String, $first: Int, $ingested: Boolean, $yearFrom: Int, $yearTo: Int, $issuer: String, $text: String) {
          documents(first: $first, after: $after, ingested: $ingested, yearFrom: $yearFrom, yearTo: $yearTo, issuer: $issuer, text: $text) {
            totalCount edges { cursor node { key year ingested issuer code title } } pageInfo { hasNextPage endCursor } } }
        """;

    private async Task<List<(string Key, int? Year, bool Ingested)>> AllAsync(int first, bool? ingested = null, int? yearFrom = null, int? yearTo = null,
        string? issuer = null, string? text = null, List<System.Text.Json.JsonElement>? nodes = null)
    {
        var seen = new List<(string, int?, bool)>();
        string? after = null;
        long? total = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, "paging does not end");
            var c = (await fx.Client.DataAsync(Page, new { after, first, ingested, yearFrom, yearTo, issuer, text })).GetProperty("documents");
            // totalCount counts the whole filtered set, the same on every page.
            var count = c.GetProperty("totalCount").GetInt64();
            Assert.Equal(total ?? count, count);
            total = count;
            nodes?.AddRange(c.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").Clone()));
            var edges = c.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= first);
            seen.AddRange(edges.Select(e => (e.GetProperty("node").GetProperty("key").GetString()!,
                e.GetProperty("node").GetProperty("year").ValueKind == System.Text.Json.JsonValueKind.Number ? e.GetProperty("node").GetProperty("year").GetInt32() : (int?)null,
                e.GetProperty("node").GetProperty("ingested").GetBoolean())));
            var info = c.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                Assert.Equal(total, seen.Count);
                return seen;
            }
            Assert.Equal(first, edges.Count); // a page before the last is full
            after = info.GetProperty("endCursor").GetString();
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), after);
        }
    }

    [Fact]
    public async Task Paging_through_the_ingested_corpus_sees_every_document_once_in_key_order()
    {
        var seen = await AllAsync(first: 37, ingested: true);
        var keys = seen.Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(fx.Ingested, keys.Count);
        Assert.True(keys.Count > 200, $"{keys.Count} documents");
        Assert.All(seen, s => Assert.True(s.Ingested));
    }

    [Fact]
    public async Task Every_document_ingested_or_cited_is_seen_once_and_the_count_matches_the_statistics()
    {
        var keys = (await AllAsync(first: 100)).Select(s => s.Key).ToList();
        var stats = (await fx.Client.DataAsync("{ statistics { ingestedDocuments citedOnlyDocuments } }")).GetProperty("statistics");
        Assert.Equal(stats.GetProperty("ingestedDocuments").GetInt64() + stats.GetProperty("citedOnlyDocuments").GetInt64(), keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_year_range_filtered_by_the_store_fills_every_page_but_the_last()
    {
        var all = await AllAsync(first: 100);
        var expected = all.Where(s => s.Year is >= 2020 and <= 2024).Select(s => s.Key).ToList();
        var paged = (await AllAsync(first: 7, yearFrom: 2020, yearTo: 2024)).Select(s => s.Key).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, paged);
    }

    [Theory]
    [InlineData("ủy ban nhân dân", null)]
    [InlineData("UY BAN NHAN DAN", null)]
    [InlineData(null, "người có công")]
    [InlineData(null, "NGUOI co cong")]
    [InlineData(null, "ban hành")]
    [InlineData("ubnd", "ke hoach")]
    public async Task Issuer_and_text_filters_page_through_exactly_the_documents_whose_words_match(string? issuer, string? text)
    {
        var all = new List<System.Text.Json.JsonElement>();
        await AllAsync(first: 100, nodes: all);
        var expected = all.Where(n => Words(issuer, n, "issuer") && Words(text, n, "code", "title")).Select(n => n.GetProperty("key").GetString()!).ToList();
        var paged = (await AllAsync(first: 9, issuer: issuer, text: text)).Select(s => s.Key).ToList();
        Assert.True(expected.Count > 9, $"{expected.Count} matches: too few to page");
        Assert.Equal(expected, paged);
    }

    /// <summary>Every word of the filter, folded, occurs in one of the fields, folded.</summary>
    private static bool Words(string? filter, System.Text.Json.JsonElement node, params string[] fields) =>
        filter is null || KnowledgeGraph.Graph.Keys.TextFold.Ascii(filter).Split(' ').All(w => fields.Any(f =>
            node.GetProperty(f).GetString() is { } v && KnowledgeGraph.Graph.Keys.TextFold.Ascii(v).Contains(w, StringComparison.Ordinal)));

    [Fact]
    public async Task A_cursor_the_api_did_not_issue_is_an_error_naming_it()
    {
        var r = await fx.Client.PostAsync(Page, new { after = "%%%not-a-cursor", first = 5 });
        Assert.Contains("not a cursor this API returned", r.FirstError);
    }
}
