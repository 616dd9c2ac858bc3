using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>
/// The read index is built in the background once writes stop (IReadWarmer), by the store when asked and by the
/// server on its own, so that the first cascade or coverage after an ingest does not wait for it.
/// </summary>
public sealed class ReadWarmingTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;
    private SqliteGraphStore _writer = null!;

    public async Task InitializeAsync()
    {
        _store = await _folder.OpenStoreAsync();
        _writer = new SqliteGraphStore(_folder.Path);
        foreach (var r in new[] { GraphFixtures.Decision806Record(), GraphFixtures.PlanBRecord(), GraphFixtures.LonelyRecord() })
            await _writer.UpsertDocumentAsync(r);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _writer.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Warming_waits_for_writes_to_settle_builds_once_per_version_and_follows_a_write_by_another_store_object()
    {
        Assert.Null(_store.ReadIndexInfo);
        Assert.False(await _store.WarmAsync(TimeSpan.FromHours(1)));  // first sight of this version: not settled yet
        Assert.Null(_store.ReadIndexInfo);
        Assert.True(await _store.WarmAsync(TimeSpan.Zero));
        var first = _store.ReadIndexInfo!.Value;
        Assert.False(await _store.WarmAsync(TimeSpan.Zero));            // already warm for this version

        await _writer.UpsertDocumentAsync(GraphFixtures.PlanARecord());
        Assert.False(await _store.WarmAsync(TimeSpan.FromHours(1)));    // a new version, not settled
        Assert.True(await _store.WarmAsync(TimeSpan.Zero));
        var second = _store.ReadIndexInfo!.Value;
        Assert.True(second.Documents > first.Documents, $"{second.Documents} documents after the write, {first.Documents} before");
        Assert.True(second.Edges > first.Edges);

        // What the warm index answers is what the SQL reads answer.
        var sql = new SqliteGraphStore(_folder.Path) { WalkMode = SqliteWalkMode.Frontier };
        await using (sql)
        {
            var options = new KnowledgeGraph.Graph.Model.CascadeOptions { MaxDepth = 5 };
            var warm = await _store.CascadeAsync(GraphFixtures.Decision806, options);
            var cold = await sql.CascadeAsync(GraphFixtures.Decision806, options);
            Assert.Equal(cold!.Nodes.Select(n => (n.Document.Key, n.Depth)), warm!.Nodes.Select(n => (n.Document.Key, n.Depth)));
            Assert.Contains(warm.Nodes, n => n.Document.Key == GraphFixtures.PlanA);
        }
    }

    [Fact]
    public async Task A_running_server_rebuilds_the_index_after_a_write_without_any_read()
    {
        await using var server = await KgServer.StartAsync(_store, new KgServerOptions
        {
            Urls = "http://127.0.0.1:0",
            IndexFolder = SearchIndex.FolderIn(_folder.Path),
            WebRoot = Path.Combine(_folder.Path, "no-wwwroot"),
            WarmInterval = TimeSpan.FromMilliseconds(100),
            WarmSettle = TimeSpan.FromMilliseconds(300),
        });
        var before = await WaitForIndexAsync(docs => docs > 0);

        await _writer.UpsertDocumentAsync(GraphFixtures.PlanARecord());
        var after = await WaitForIndexAsync(docs => docs > before);
        Assert.True(after > before);
    }

    /// <summary>Polls the store (no request to the server) until its index holds a document count the condition accepts.</summary>
    private async Task<int> WaitForIndexAsync(Func<int, bool> accept)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_store.ReadIndexInfo is { } info && accept(info.Documents)) return info.Documents;
            await Task.Delay(100);
        }
        Assert.Fail($"the server did not build the read index within 60 s (now: {_store.ReadIndexInfo?.Documents.ToString() ?? "none"})");
        return 0;
    }
}
