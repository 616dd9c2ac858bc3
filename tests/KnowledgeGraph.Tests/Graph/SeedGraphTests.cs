using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// The four real seed plans through the real extractor into each store: what an analyst must see.
/// These depend on the extractor (ingest/), not only on the stores.
/// </summary>
public abstract class SeedGraphContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        var extraction = new ExtractionPipeline(Decoders.All).ExtractPaths([RepoPaths.Seeds]);
        Assert.Empty(extraction.Errors);
        Assert.Equal(4, extraction.Documents.Count);
        var result = await Store.UpsertDocumentsAsync(extraction.Documents);
        Assert.Empty(result.Failed);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    private async Task<DocumentNode> One(string code, string? province = null)
    {
        var found = await Store.FindByCodeAsync(code, null, province);
        Assert.True(found.Count == 1, $"{code}: expected one document, found {found.Count}: {string.Join(", ", found.Select(f => f.Key))}");
        return found[0];
    }

    [Fact]
    public async Task The_cascade_of_directive_27_holds_98_NQ_CP_and_the_Lang_Son_plans_that_implement_it()
    {
        var root = await One("27-CT/TW");
        var c = await Store.CascadeAsync(root.Key, new CascadeOptions());
        var codes = c!.Nodes.Select(n => (n.Document.Code is { } code ? LookupKeys.Code(code) : null, n.Document.Province)).ToList();
        Assert.Contains(codes, x => x.Item1 == "98/NQ-CP");
        Assert.Contains(codes, x => x.Item1 == "163-KH/TU" && LookupKeys.Province(x.Province) == "lang son");
        Assert.Contains(codes, x => x.Item1 == "107/KH-UBND" && LookupKeys.Province(x.Province) == "lang son");
    }

    [Fact]
    public async Task The_cascade_of_806_reaches_the_Lang_Son_strategy_plan_and_its_lead_unit_with_the_yearly_deadline()
    {
        var root = await One("806/QĐ-TTg");
        var c = await Store.CascadeAsync(root.Key, new CascadeOptions());
        var plan = Assert.Single(c!.Nodes, n => n.Document.SourceFile == "001_904cbcd6fc4f53a0.txt").Document;
        var finance = c.Tasks.Where(t => t.Document == plan.Key && t.Lead.Any(u => u.Key == UnitKeys.Key("Sở Tài chính", "Lạng Sơn"))).ToList();
        Assert.Contains(finance, t => t.Deadline?.Text.Contains("trước ngày 30/11 hàng năm") == true);
        var unit = Assert.Single(c.Units, u => u.Unit.Key == UnitKeys.Key("Sở Tài chính", "Lạng Sơn"));
        Assert.Equal("lang son", LookupKeys.Province(unit.Unit.Province));
    }

    [Fact]
    public async Task Decision_2456_cited_by_two_Lang_Son_plans_is_one_node()
    {
        var d = await One("2456/QĐ-UBND");
        Assert.Equal("lang son", LookupKeys.Province(d.Province));
        var snapshot = await Store.ExportSnapshotAsync();
        var citing = snapshot.Edges.Where(e => e.Type == EdgeType.Cites && e.ToKey == d.Key).Select(e => e.FromKey).Distinct().ToList();
        Assert.Equal(2, citing.Count);
    }
}

public sealed class SqliteSeedGraphTests : SeedGraphContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() => await _folder.OpenStoreAsync();

    public void Dispose() => _folder.Dispose();
}

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jSeedGraphTests(Neo4jServerFixture server) : SeedGraphContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.EmptyStoreAsync();
}
