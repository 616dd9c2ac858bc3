using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>
/// The analyses on every store: they are built on the store's cascade walk (recursive CTE on SQLite, Cypher on
/// Neo4j), so the same cases must give the same answers on both.
/// </summary>
public abstract class AnalysisStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        foreach (var d in Records()) await Store.UpsertDocumentAsync(d);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>The three small plans, extracted by the rules pipeline from temporary files.</summary>
    private static IReadOnlyList<DocumentRecord> Records()
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in AnalystTexts.All) File.WriteAllText(Path.Combine(folder.Path, name), text);
        var result = new ExtractionPipeline(Decoders.All).ExtractPaths([folder.Path]);
        Assert.Empty(result.Errors);
        return result.Documents;
    }

    [Fact]
    public async Task Coverage_counts_a_merged_province_for_its_successor_with_evidence()
    {
        var c = await new CascadeAnalyst(Store).CoverageAsync("57-NQ/TW@2024");
        Assert.NotNull(c);
        Assert.Equal(["Tuyên Quang", "Đồng Tháp"], c.CoveredProvinces);
        var tq = c.Provinces.Single(p => p.Province == "Tuyên Quang");
        Assert.Equal(["12/KH-UBND@2025@tuyen-quang", "45/KH-UBND@2023@ha-giang"], tq.Evidence.Select(e => e.Document.Key));
        Assert.All(tq.Evidence, e => Assert.Equal("IMPLEMENTS", e.Relation));
        Assert.Contains("57-NQ/TW", tq.Evidence[0].Sentence);
        Assert.Contains(tq.Units, u => u.Name == "Sở Kế hoạch và Đầu tư" && u.Province == "Hà Giang");
        Assert.Equal(32, c.MissingProvinces.Count);
    }

    [Fact]
    public async Task Coverage_as_of_a_date_leaves_out_later_documents()
    {
        var c = await new CascadeAnalyst(Store).CoverageAsync("57-NQ/TW@2024", new DateOnly(2024, 12, 31));
        Assert.Equal(["Tuyên Quang"], c!.CoveredProvinces);
        Assert.Equal(["45/KH-UBND@2023@ha-giang"], c.Provinces.Single(p => p.Covered).Evidence.Select(e => e.Document.Key));
    }

    [Fact]
    public async Task Tasks_through_the_unit_lineage_include_the_predecessor_province()
    {
        var tasks = await UnitRegistry.Default.TasksThroughLineageAsync(Store, "Sở Tài chính", "Tuyên Quang");
        Assert.Equal(["12/KH-UBND@2025@tuyen-quang#task-1", "45/KH-UBND@2023@ha-giang#task-1"], tasks.Select(t => t.Task.Key));
        Assert.All(tasks, t => Assert.Equal("lead", t.Role));
    }

    [Fact]
    public async Task Deadlines_overdue_and_calendar_from_the_cascade()
    {
        var cascade = (await Store.CascadeAsync("57-NQ/TW@2024", new KnowledgeGraph.Graph.Model.CascadeOptions { MaxDepth = 6 }))!;
        var docs = cascade.Nodes.ToDictionary(n => n.Document.Key, n => n.Document);
        var overdue = DeadlineAnalyst.Overdue(cascade.Tasks, docs, new DateOnly(2025, 12, 20));
        // 30/6/2023 (Hà Giang task 1) and 15/12/2025 (its yearly task 2, 2025's round) have passed; 31/12/2025 and 31/3/2026 not.
        Assert.Equal([new DateOnly(2023, 6, 30), new DateOnly(2025, 12, 15)], overdue.Select(o => o.Due));
        var calendar = DeadlineAnalyst.Calendar(cascade.Tasks, docs, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        Assert.Equal([new DateOnly(2026, 3, 31), new DateOnly(2026, 12, 15), new DateOnly(2027, 12, 15)], calendar.Select(e => e.Due));
    }
}

public sealed class SqliteAnalysisTests : AnalysisStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() => await _folder.OpenStoreAsync();

    public void Dispose() => _folder.Dispose();
}

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAnalysisTests(Neo4jServerFixture server) : AnalysisStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.EmptyStoreAsync();
}
