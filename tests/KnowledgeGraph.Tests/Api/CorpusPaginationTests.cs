using KnowledgeGraph.Tests.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

public sealed class CorpusServerFixture() : ApiServerFixture(SharedData.Corpus);

/// <summary>Paging through the real corpus over HTTP: every document once, in key order, filters applied on every page.</summary>
public sealed class CorpusPaginationTests(CorpusServerFixture fx) : IClassFixture<CorpusServerFixture>
{
    private const string Page = """
        query P($after: String, $first: Int, $ingested: Boolean, $yearFrom: Int, $yearTo: Int) {
          documents(first: $first, after: $after, ingested: $ingested, yearFrom: $yearFrom, yearTo: $yearTo) {
            edges { cursor node { key year ingested } } pageInfo { hasNextPage endCursor } } }
        """;

    private async Task<List<(string Key, int? Year, bool Ingested)>> AllAsync(int first, bool? ingested = null, int? yearFrom = null, int? yearTo = null)
    {
        var seen = new List<(string, int?, bool)>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, "paging does not end");
            var c = (await fx.Client.DataAsync(Page, new { after, first, ingested, yearFrom, yearTo })).GetProperty("documents");
            var edges = c.GetProperty("edges").EnumerateArray().ToList();
            Assert.True(edges.Count <= first);
            seen.AddRange(edges.Select(e => (e.GetProperty("node").GetProperty("key").GetString()!,
                e.GetProperty("node").GetProperty("year").ValueKind == System.Text.Json.JsonValueKind.Number ? e.GetProperty("node").GetProperty("year").GetInt32() : (int?)null,
                e.GetProperty("node").GetProperty("ingested").GetBoolean())));
            var info = c.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) return seen;
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
    public async Task A_year_range_filtered_here_still_fills_every_page_but_the_last()
    {
        var all = await AllAsync(first: 100);
        var expected = all.Where(s => s.Year is >= 2020 and <= 2024).Select(s => s.Key).ToList();
        var paged = (await AllAsync(first: 7, yearFrom: 2020, yearTo: 2024)).Select(s => s.Key).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task A_cursor_the_api_did_not_issue_is_an_error_naming_it()
    {
        var r = await fx.Client.PostAsync(Page, new { after = "%%%not-a-cursor", first = 5 });
        Assert.Contains("not a cursor this API returned", r.FirstError);
    }
}
