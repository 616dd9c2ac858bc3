using System.Text.Json;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Tests.Analyst;
using KnowledgeGraph.Tests.Perf;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// A cascade's counts and its documents a page at a time (what a client shows first for a cascade of thousands),
/// over HTTP on ../shared/corpus plus the seeds, checked against the full flat answer; and the embedded store's
/// index-backed reads against its SQL reads on the same real documents.
/// </summary>
public sealed class CascadePagingApiTests(CorpusAndSeedsServerFixture fx) : IClassFixture<CorpusAndSeedsServerFixture>
{
    private const string Full = """
        query Full($code: String!, $year: Int) { cascade(code: $code, year: $year, depth: 4) { nodes { depth document { key province type ingested } } edges { fromKey } } }
        """;

    private const string Page = """
        query Page($code: String!, $year: Int, $after: String, $depth: Int, $province: String, $first: Int = 7) {
          cascade(code: $code, year: $year, depth: 4) {
            counts { documents ingested edges byDepth { depth documents } byProvince { value count } byType { value count } }
            documentsPage(first: $first, after: $after, depth: $depth, province: $province) { totalCount hasNextPage endCursor items { depth document { key } } }
          }
        }
        """;

    [Theory]
    [InlineData("57-NQ/TW", 2024, 7)]
    [InlineData("27-CT/TW", 2023, 2)]
    public async Task Pages_walked_by_cursor_give_every_document_once_in_order_and_counts_sum_up(string code, int year, int first)
    {
        var full = (await fx.Client.DataAsync(Full, new { code, year })).GetProperty("cascade");
        var nodes = full.GetProperty("nodes").EnumerateArray()
            .Select(n => (Depth: n.GetProperty("depth").GetInt32(), Doc: n.GetProperty("document"))).ToList();
        Assert.True(nodes.Count > 2 * first, $"{code}: {nodes.Count} documents, too few to page by {first}");

        var keys = new List<string>();
        string? after = null;
        JsonElement counts = default;
        do
        {
            var c = (await fx.Client.DataAsync(Page, new { code, year, after, first })).GetProperty("cascade");
            counts = c.GetProperty("counts");
            var page = c.GetProperty("documentsPage");
            Assert.Equal(nodes.Count, page.GetProperty("totalCount").GetInt32());
            keys.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("document").GetProperty("key").GetString()!));
            after = page.GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("endCursor").GetString() : null;
        } while (after is not null);
        Assert.Equal(nodes.Select(n => n.Doc.GetProperty("key").GetString()), keys);

        Assert.Equal(nodes.Count, counts.GetProperty("documents").GetInt32());
        Assert.Equal(nodes.Count(n => n.Doc.GetProperty("ingested").GetBoolean()), counts.GetProperty("ingested").GetInt32());
        Assert.Equal(full.GetProperty("edges").GetArrayLength(), counts.GetProperty("edges").GetInt32());
        Assert.Equal(nodes.GroupBy(n => n.Depth).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())),
            counts.GetProperty("byDepth").EnumerateArray().Select(d => (d.GetProperty("depth").GetInt32(), d.GetProperty("documents").GetInt32())));
        var byProvince = counts.GetProperty("byProvince").EnumerateArray().ToDictionary(p => p.GetProperty("value").GetString()!, p => p.GetProperty("count").GetInt32());
        Assert.Equal(nodes.GroupBy(n => n.Doc.GetProperty("province").GetString() ?? "").ToDictionary(g => g.Key, g => g.Count()), byProvince);
        Assert.Equal(nodes.Count, counts.GetProperty("byType").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_page_of_one_depth_or_one_province_holds_only_those_documents()
    {
        var full = (await fx.Client.DataAsync(Full, new { code = "57-NQ/TW", year = 2024 })).GetProperty("cascade").GetProperty("nodes").EnumerateArray()
            .Select(n => (Depth: n.GetProperty("depth").GetInt32(), Key: n.GetProperty("document").GetProperty("key").GetString()!,
                Province: n.GetProperty("document").GetProperty("province").GetString())).ToList();
        var province = full.Where(n => n.Province is not null).GroupBy(n => n.Province!).OrderByDescending(g => g.Count()).First().Key;

        var atDepth1 = (await fx.Client.DataAsync(Page, new { code = "57-NQ/TW", year = 2024, depth = 1 })).GetProperty("cascade").GetProperty("documentsPage");
        Assert.Equal(full.Count(n => n.Depth == 1), atDepth1.GetProperty("totalCount").GetInt32());
        Assert.All(atDepth1.GetProperty("items").EnumerateArray(), i => Assert.Equal(1, i.GetProperty("depth").GetInt32()));

        // Without diacritics, as an analyst types it.
        var ofProvince = (await fx.Client.DataAsync(Page, new { code = "57-NQ/TW", year = 2024, province = TextFold.Ascii(province) })).GetProperty("cascade").GetProperty("documentsPage");
        var expected = full.Where(n => LookupKeys.Province(n.Province) == LookupKeys.Province(province)).Select(n => n.Key).Take(7);
        Assert.Equal(expected, ofProvince.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("document").GetProperty("key").GetString()));
        Assert.True(ofProvince.GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_cursor_this_API_did_not_return_is_refused_naming_it()
    {
        var r = await fx.Client.PostAsync(Page, new { code = "57-NQ/TW", year = 2024, after = "bm90LWEtY3Vyc29y" });
        Assert.True(r.HasErrors);
        Assert.Contains("after 'bm90LWEtY3Vyc29y' is not a cursor", r.Body, StringComparison.Ordinal);
        Assert.Contains("BAD_CURSOR", r.Body, StringComparison.Ordinal);
    }

    /// <summary>The index-backed store of the server against a second store on the same file reading through SQL.</summary>
    [Theory]
    [InlineData("57-NQ/TW")]
    [InlineData("71/NQ-CP")]
    [InlineData("27-CT/TW")]
    public async Task Index_backed_cascades_and_coverage_equal_the_SQL_reads_on_the_real_documents(string code)
    {
        var indexed = Assert.IsType<SqliteGraphStore>(fx.Store);
        await using var sql = new SqliteGraphStore(fx.DataFolder) { WalkMode = SqliteWalkMode.Frontier };
        var roots = await indexed.FindByCodeAsync(code);
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            foreach (var options in new[] { new CascadeOptions { MaxDepth = 6 }, new CascadeOptions { MaxDepth = 3, IncludeTasks = false }, new CascadeOptions { MaxDepth = 6, Direction = CascadeDirection.Up } })
                Assert.Equal(DenseGraph.Canonical(await sql.CascadeAsync(root.Key, options)), DenseGraph.Canonical(await indexed.CascadeAsync(root.Key, options)));
            var coverage = await new CascadeAnalyst(indexed).CoverageAsync(root.Key);
            Assert.Equal(DenseGraph.Canonical(await new CascadeAnalyst(sql).CoverageAsync(root.Key)), DenseGraph.Canonical(coverage));
        }
        Assert.NotNull(indexed.ReadIndexInfo);
    }
}
