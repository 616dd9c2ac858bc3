using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>
/// The embedded store's in-memory relation index (SqliteReadIndex) answers exactly as the SQL reads it stands in for
/// (the breadth-first walk, documents and edges read by SQL, coverage from task→unit rows), on the dense graph.
/// </summary>
public sealed class ReadIndexEquivalenceTests(DenseGraphFixture graph) : IClassFixture<DenseGraphFixture>
{
    private static readonly string[] Roots =
        [.. Enumerable.Range(0, 6).Select(Key), .. new[] { 61, 250, 777, 1500, 2222, 2999 }.Select(Key)];

    private static string Key(int i) => $"doc-{i:D5}";

    public static TheoryData<CascadeDirection, int, bool> Walks() => new()
    {
        { CascadeDirection.Down, 1, true }, { CascadeDirection.Down, 3, false }, { CascadeDirection.Down, 6, true },
        { CascadeDirection.Up, 2, true }, { CascadeDirection.Up, 6, false },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Cascades_from_the_index_equal_the_SQL_walk(CascadeDirection direction, int depth, bool tasks)
    {
        var sizes = new List<int>();
        foreach (var root in Roots)
        {
            var options = new CascadeOptions { Direction = direction, MaxDepth = depth, IncludeTasks = tasks };
            var (sql, indexed) = await BothAsync(s => s.CascadeAsync(root, options));
            Assert.Equal(DenseGraph.Canonical(sql), DenseGraph.Canonical(indexed));
            sizes.Add(indexed!.Nodes.Count);
        }
        Assert.Contains(sizes, s => s > (depth >= 3 ? 100 : 10));
        Assert.NotNull(graph.Store.ReadIndexInfo);
    }

    [Fact]
    public async Task Options_that_change_the_walk_and_paths_give_the_same_answers()
    {
        foreach (var options in DenseGraph.WalkVariants())
            foreach (var root in Roots.Take(4))
            {
                var (sql, indexed) = await BothAsync(s => s.CascadeAsync(root, options));
                Assert.Equal(DenseGraph.Canonical(sql), DenseGraph.Canonical(indexed));
            }
        var rng = new Random(5);
        var found = 0;
        for (var i = 0; i < 30; i++)
        {
            var (a, b) = (Key(rng.Next(DenseGraphFixture.Documents)), Key(rng.Next(DenseGraphFixture.Documents)));
            var (sql, indexed) = await BothAsync(s => s.FindPathAsync(a, b, new PathOptions { MaxDepth = 1 + i % 6 }));
            Assert.Equal(DenseGraph.Canonical(sql), DenseGraph.Canonical(indexed));
            if (indexed is not null) found++;
        }
        Assert.InRange(found, 1, 29);
    }

    [Theory]
    [InlineData("doc-00000", null)]
    [InlineData("doc-00003", null)]
    [InlineData("doc-00005", "2023-01-01")]
    public async Task Coverage_from_the_index_equals_coverage_from_SQL(string root, string? asOf)
    {
        var date = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var (sql, indexed) = await BothAsync(s => new CascadeAnalyst(s).CoverageAsync(root, date));
        Assert.Equal(DenseGraph.Canonical(sql), DenseGraph.Canonical(indexed));
        Assert.NotEmpty(indexed!.CoveredProvinces);
        // Twice more from the index: the per-version caches (units, evidence, cascades) give the same again.
        Assert.Equal(DenseGraph.Canonical(indexed), DenseGraph.Canonical(await new CascadeAnalyst(graph.Store).CoverageAsync(root, date)));
    }

    [Fact]
    public async Task Unknown_roots_and_documents_read_the_same()
    {
        var (sql, indexed) = await BothAsync(s => s.CascadeAsync("no-such-document", new CascadeOptions()));
        Assert.Null(sql);
        Assert.Null(indexed);
        var keys = Enumerable.Range(0, 100).Select(Key).Append("missing-00001").Append("no-such-document").ToList();
        var (a, b) = await BothAsync(s => s.GetDocumentsAsync(keys));
        Assert.Equal(DenseGraph.Canonical(a.OrderBy(d => d.Key, StringComparer.Ordinal)), DenseGraph.Canonical(b.OrderBy(d => d.Key, StringComparer.Ordinal)));
        Assert.Equal(100, b.Count);
    }

    /// <summary>The same read through SQL (breadth-first walk, SQL documents and edges, no cache), then through the index.</summary>
    private async Task<(T Sql, T Indexed)> BothAsync<T>(Func<SqliteGraphStore, Task<T>> query)
    {
        var store = graph.Store;
        store.WalkMode = SqliteWalkMode.Frontier;
        try
        {
            var sql = await query(store);
            store.WalkMode = SqliteWalkMode.Index;
            return (sql, await query(store));
        }
        finally { store.WalkMode = SqliteWalkMode.Index; }
    }
}

/// <summary>
/// The index and its caches follow every write: adding a document that implements the root changes the cascade and
/// the coverage, replacing it with a version that no longer does changes them back, and so does a write made
/// through another store object on the same file (another process).
/// </summary>
public sealed class ReadIndexFreshnessTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;
    private SqliteGraphStore _sql = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_folder.Path);
        await _store.InitializeAsync();
        _sql = new SqliteGraphStore(_folder.Path) { WalkMode = SqliteWalkMode.Frontier };
        foreach (var r in new[] { GraphFixtures.Decision806Record(), GraphFixtures.PlanBRecord(), GraphFixtures.PlanCRecord(), GraphFixtures.LonelyRecord() })
            await _store.UpsertDocumentAsync(r);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _sql.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Adding_replacing_and_re_adding_an_implementing_plan_moves_cascade_and_coverage()
    {
        var before = await ReadAsync();
        Assert.DoesNotContain(GraphFixtures.PlanA, before.Documents);
        Assert.DoesNotContain("Lạng Sơn", before.Coverage.CoveredProvinces);

        await _store.UpsertDocumentAsync(GraphFixtures.PlanARecord());
        var added = await ReadAsync();
        Assert.Contains(GraphFixtures.PlanA, added.Documents);
        var langSon = added.Coverage.Provinces.Single(p => p.Province == "Lạng Sơn");
        Assert.True(langSon.Covered);
        Assert.Contains(langSon.Evidence, e => e.Document.Key == GraphFixtures.PlanA && e.Relation == EdgeType.Implements && e.Depth == 1);
        Assert.Contains(langSon.Units, u => u.Name == "Sở Tài chính");

        // Replaced by a version that no longer says it carries 806 out: back to the first answers.
        var without = GraphFixtures.PlanARecord() with
        {
            ContentHash = "hash-a-without-806",
            Relations = GraphFixtures.PlanARecord().Relations.Where(r => r.To != GraphFixtures.Decision806).ToList(),
        };
        await _store.UpsertDocumentAsync(without);
        var replaced = await ReadAsync();
        Assert.Equal(before.Json, replaced.Json);

        // Written through another store object on the same file: seen by this one's index as well.
        await _sql.UpsertDocumentsAsync([GraphFixtures.PlanAChanged(), GraphFixtures.PlanCRecord()]);
        var again = await ReadAsync();
        Assert.Contains(GraphFixtures.PlanA, again.Documents);
        Assert.Contains("Lạng Sơn", again.Coverage.CoveredProvinces);

        await _sql.ClearAsync();
        Assert.Null(await _store.CascadeAsync(GraphFixtures.Decision806, new CascadeOptions()));
    }

    /// <summary>The cascade and coverage of 806 through the index, checked against the SQL reads at every step.</summary>
    private async Task<(IReadOnlyList<string> Documents, CoverageResult Coverage, string Json)> ReadAsync()
    {
        var options = new CascadeOptions { MaxDepth = CascadeAnalyst.DefaultDepth };
        var cascade = await _store.CascadeAsync(GraphFixtures.Decision806, options);
        var coverage = await new CascadeAnalyst(_store).CoverageAsync(GraphFixtures.Decision806);
        Assert.Equal(DenseGraph.Canonical(await _sql.CascadeAsync(GraphFixtures.Decision806, options)), DenseGraph.Canonical(cascade));
        Assert.Equal(DenseGraph.Canonical(await new CascadeAnalyst(_sql).CoverageAsync(GraphFixtures.Decision806)), DenseGraph.Canonical(coverage));
        Assert.NotNull(_store.ReadIndexInfo);
        return (cascade!.Nodes.Select(n => n.Document.Key).ToList(), coverage!, DenseGraph.Canonical(cascade) + DenseGraph.Canonical(coverage));
    }
}
