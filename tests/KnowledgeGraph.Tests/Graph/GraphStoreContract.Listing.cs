using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// Listing and counting with every filter applied by the store, and the batched reads of the API's loaders
/// (edges around many documents, texts of many documents): the same cases for every store.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>Named filters for the table below (a record cannot be a theory row).</summary>
    private static readonly Dictionary<string, DocumentFilter> Filters = new()
    {
        ["issuer words with diacritics"] = new() { Issuer = "Sở Ngoại vụ" },
        ["issuer words without diacritics, any case"] = new() { Issuer = "SO  NGOAI vu" },
        ["issuer words in another order"] = new() { Issuer = "đào tạo giáo dục" },
        ["issuer word missing"] = new() { Issuer = "ngoại giáo" },
        ["text in the title, without diacritics"] = new() { Text = "chuong trinh hanh dong" },
        ["text in the code, đ as d"] = new() { Text = "806/qd" },
        ["text words split between code and title"] = new() { Text = "806/QĐ chiến lược" },
        ["text and issuer together"] = new() { Text = "lãng phí", Issuer = "ubnd" },
        ["year range"] = new() { YearFrom = 2026, YearTo = 2026 },
        ["year range reversed"] = new() { YearFrom = 2026, YearTo = 2025 },
        ["open year range, ingested only"] = new() { YearTo = 2024, Ingested = true },
        ["year range with type and province, a document without a year left out"] = new() { YearFrom = 2025, Type = "KeHoach", Province = "lang son" },
    };

    public static TheoryData<string, string[]> FilterRows => new()
    {
        { "issuer words with diacritics", [PlanB] },
        { "issuer words without diacritics, any case", [PlanB] },
        { "issuer words in another order", [PlanC] },
        { "issuer word missing", [] },
        { "text in the title, without diacritics", [Resolution98, PlanC] },
        { "text in the code, đ as d", [Decision806] },
        { "text words split between code and title", [Decision806] },
        { "text and issuer together", [Plan156HaiPhong, Plan148LangSon, PlanA] },
        { "year range", [PlanB, PlanC] },
        { "year range reversed", [] },
        { "open year range, ingested only", [] },
        { "year range with type and province, a document without a year left out", [Plan148LangSon, PlanB] },
    };

    [Theory]
    [MemberData(nameof(FilterRows))]
    public async Task Every_filter_is_applied_by_the_store_so_pages_are_full_and_the_count_agrees(string filter, string[] expected)
    {
        await LoadAllAsync();
        var f = Filters[filter];
        var keys = await PageThroughAsync(f, pageSize: 2);
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys);
        Assert.Equal(expected.Length, await Store.CountDocumentsAsync(f));
    }

    /// <summary>Every combination of the filters against the same filter applied to the whole list in memory.</summary>
    [Fact]
    public async Task Filters_in_the_store_agree_with_the_filter_applied_to_every_document()
    {
        await LoadAllAsync();
        var all = (await Store.ListDocumentsAsync(new DocumentFilter(), null, 1000)).Items;
        Assert.Equal(13, all.Count);
        var checkedNonEmpty = 0;
        foreach (var type in new string?[] { null, "KeHoach" })
        foreach (var province in new string?[] { null, "Lạng Sơn" })
        foreach (var (from, to) in new (int?, int?)[] { (null, null), (2025, null), (2024, 2025) })
        foreach (var ingested in new bool?[] { null, true, false })
        foreach (var issuer in new string?[] { null, "ubnd", "sở" })
        foreach (var text in new string?[] { null, "LANG PHI 2035", "kh-" })
        {
            var f = new DocumentFilter { Type = type, Province = province, YearFrom = from, YearTo = to, Ingested = ingested, Issuer = issuer, Text = text };
            var expected = all.Where(d => InMemory(d, f)).Select(d => d.Key).ToList();
            var listed = (await Store.ListDocumentsAsync(f, null, 1000)).Items.Select(d => d.Key).ToList();
            Assert.True(expected.SequenceEqual(listed), $"{f}: expected [{string.Join(", ", expected)}], listed [{string.Join(", ", listed)}]");
            Assert.Equal(expected.Count, await Store.CountDocumentsAsync(f));
            if (expected.Count > 0) checkedNonEmpty++;
        }
        Assert.True(checkedNonEmpty > 20, $"only {checkedNonEmpty} combinations match anything");
    }

    [Fact]
    public async Task Counting_without_filters_counts_every_document_and_an_empty_store_counts_none()
    {
        Assert.Equal(0, await Store.CountDocumentsAsync(new DocumentFilter()));
        await LoadAllAsync();
        Assert.Equal(13, await Store.CountDocumentsAsync(new DocumentFilter()));
        Assert.Equal(5, await Store.CountDocumentsAsync(new DocumentFilter { Ingested = true }));
    }

    [Fact]
    public async Task Edges_around_many_documents_are_the_edges_around_each_read_once()
    {
        await LoadAllAsync();
        IReadOnlyCollection<string> types = [.. EdgeType.Relations, EdgeType.SameAs];
        string[] keys = [PlanA, Decision806, Directive27, Strategy2035, Lonely, "no such key"];
        var many = await Store.EdgesAroundManyAsync(keys, types);

        var oneByOne = new List<GraphEdge>();
        foreach (var k in keys) oneByOne.AddRange(await Store.EdgesAroundAsync(k, types));
        var expected = oneByOne.Distinct().Order(GraphEdge.Order).ToList();
        Assert.Equal(expected, many.Order(GraphEdge.Order).ToList());
        // PlanA → Decision806 lies between two of the keys: once, not once per end.
        Assert.Single(many, e => e.From == PlanA && e.To == Decision806 && e.Type == EdgeType.Implements);
        Assert.Contains(many, e => e.Type == EdgeType.SameAs);
        Assert.DoesNotContain(many, e => e.From == Lonely || e.To == Lonely);

        var implementsOnly = await Store.EdgesAroundManyAsync(keys, [EdgeType.Implements]);
        Assert.NotEmpty(implementsOnly);
        Assert.All(implementsOnly, e => Assert.Equal(EdgeType.Implements, e.Type));
        Assert.Empty(await Store.EdgesAroundManyAsync([], types));
        Assert.Empty(await Store.EdgesAroundManyAsync(keys, []));
    }

    [Fact]
    public async Task Edges_around_more_documents_than_one_statement_takes_are_all_read()
    {
        await LoadAllAsync();
        IReadOnlyCollection<string> types = [.. EdgeType.Relations, EdgeType.SameAs];
        // 1,200 keys: the real ones scattered among unknown ones, so they fall into different chunks.
        var keys = Enumerable.Range(0, 1200).Select(i => $"unknown {i:D4}").ToList();
        keys.Insert(10, PlanA);
        keys.Insert(700, Decision806);
        keys.Add(Directive27);
        var many = await Store.EdgesAroundManyAsync(keys, types);
        var expected = (await Store.EdgesAroundManyAsync([PlanA, Decision806, Directive27], types)).Order(GraphEdge.Order).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, many.Order(GraphEdge.Order).ToList());
    }

    [Fact]
    public async Task Texts_of_many_documents_are_those_of_the_ingested_ones()
    {
        await LoadAllAsync();
        var texts = await Store.GetTextsAsync([PlanA, PlanB, Directive27, "no such key", PlanA]);
        Assert.Equal(new[] { PlanA, PlanB }.Order(StringComparer.Ordinal), texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TextA, texts[PlanA]);
        Assert.Equal(await Store.GetTextAsync(PlanB), texts[PlanB]);
        Assert.Empty(await Store.GetTextsAsync([]));
    }

    private async Task<List<string>> PageThroughAsync(DocumentFilter filter, int pageSize)
    {
        var keys = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Store.ListDocumentsAsync(filter, cursor, pageSize);
            if (page.NextCursor is not null) Assert.Equal(pageSize, page.Items.Count); // only the last page may be short
            keys.AddRange(page.Items.Select(d => d.Key));
            cursor = page.NextCursor;
        } while (cursor is not null);
        return keys;
    }

    /// <summary>What the filter means, written plainly over one document.</summary>
    private static bool InMemory(DocumentNode d, DocumentFilter f)
    {
        static bool AllWords(string? words, params string?[] fields) =>
            words is null || TextFold.Ascii(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .All(w => fields.Any(x => x is not null && TextFold.Ascii(x).Contains(w, StringComparison.Ordinal)));
        return (f.Type is null || d.Type == f.Type)
            && (f.Province is null || LookupKeys.Province(d.Province) == LookupKeys.Province(f.Province))
            && (f.Year is null || d.Year == f.Year)
            && (f.YearFrom is null || d.Year >= f.YearFrom) && (f.YearTo is null || d.Year <= f.YearTo)
            && (f.Ingested is null || d.Ingested == f.Ingested)
            && AllWords(f.Issuer, d.Issuer) && AllWords(f.Text, d.Code, d.Title);
    }
}
