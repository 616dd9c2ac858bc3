using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// The API on Neo4j: the seeds in a real Neo4j server and in the embedded store, one real server on 127.0.0.1 over
/// each, and the same queries (filtered pages with totalCount and batched nested fields, the cascade of 27-CT/TW)
/// must give the same JSON.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jApiTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _sqlite = null!;
    private Neo4jGraphStore _neo4j = null!;
    private KgServer _sqliteServer = null!;
    private KgServer _neo4jServer = null!;

    public async Task InitializeAsync()
    {
        var documents = new ExtractionPipeline(Decoders.All).ExtractPaths([RepoPaths.Seeds]).Documents;
        _sqlite = new SqliteGraphStore(_folder.Path);
        await _sqlite.InitializeAsync();
        Assert.Empty((await _sqlite.UpsertDocumentsAsync(documents)).Failed);
        _neo4j = new Neo4jGraphStore(neo4j.Options());
        await _neo4j.InitializeAsync();
        await _neo4j.ClearAsync();
        Assert.Empty((await _neo4j.UpsertDocumentsAsync(documents)).Failed);
        Assert.True(await SearchIndexUpdate.AfterIngestAsync(SearchIndex.FolderIn(_folder.Path), documents, TextWriter.Null));
        _sqliteServer = await StartAsync(_sqlite);
        _neo4jServer = await StartAsync(_neo4j);
    }

    private Task<KgServer> StartAsync(KnowledgeGraph.Graph.IGraphStore store) => KgServer.StartAsync(store, new KgServerOptions
    {
        Urls = "http://127.0.0.1:0",
        IndexFolder = SearchIndex.FolderIn(_folder.Path),
        WebRoot = Path.Combine(_folder.Path, "no-wwwroot"),
        Limits = new ApiLimits { RateLimitPermits = 0 },
    });

    public async Task DisposeAsync()
    {
        await _sqliteServer.DisposeAsync();
        await _neo4jServer.DisposeAsync();
        await _sqlite.DisposeAsync();
        await _neo4j.DisposeAsync();
        _folder.Dispose();
    }

    private const string Page = """
        query Page($after: String, $issuer: String, $text: String, $yearFrom: Int, $ingested: Boolean) {
          documents(first: 4, after: $after, issuer: $issuer, text: $text, yearFrom: $yearFrom, ingested: $ingested) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { key code title issuer year ingested text
              relationsOut { type toKey evidence { sourceKey start end sentence } }
              relationsIn { type fromKey from { key tasks { key } } }
              citedBy { fromKey } sameAs { fromKey toKey score }
              tasks { key ordinal lead { key name } support { key } deadline { text date } }
              tasksByUnit { unit { key } lead { key } support { key } } } } }
        """;

    [Fact]
    public async Task Pages_filters_counts_nested_fields_and_the_cascade_are_the_same_on_neo4j_as_on_the_embedded_store()
    {
        using var onSqlite = new GraphQLTestClient(_sqliteServer.GraphQLAddress);
        using var onNeo4j = new GraphQLTestClient(_neo4jServer.GraphQLAddress);

        async Task<JsonElement> SameAsync(string what, string query, object? variables = null)
        {
            var expected = await onSqlite.DataAsync(query, variables);
            var actual = await onNeo4j.DataAsync(query, variables);
            Assert.True(expected.GetRawText() == actual.GetRawText(), $"{what}: SQLite {Cut(expected)} but Neo4j {Cut(actual)}");
            return expected;
        }

        // Every page of every document, then of filtered sets, with the nested fields the loaders batch.
        foreach (var (name, filter) in new (string, Dictionary<string, object?>)[]
                 {
                     ("all documents", new()),
                     ("issuer words without diacritics", new() { ["issuer"] = "UBND tinh" }),
                     ("text words and a year range", new() { ["text"] = "thực hiện", ["yearFrom"] = 2024 }),
                     ("cited only", new() { ["ingested"] = false }),
                 })
        {
            string? after = null;
            var pages = 0;
            long? total = null;
            var seen = 0;
            do
            {
                var data = await SameAsync($"{name}, page {pages + 1}", Page, new Dictionary<string, object?>(filter) { ["after"] = after });
                var c = data.GetProperty("documents");
                total = c.GetProperty("totalCount").GetInt64();
                seen += c.GetProperty("nodes").GetArrayLength();
                after = c.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? c.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
                pages++;
            } while (after is not null);
            Assert.True(total > 0, $"{name}: nothing matches");
            Assert.Equal(total, seen);
        }

        var cascade = await SameAsync("cascade of 27-CT/TW", """
            { cascade(code: "27-CT/TW", depth: 3) { nodes { depth document { key code } } edges { type fromKey toKey evidence { sentence } }
                tasks { key } units { key leadTasks supportTasks } } }
            """);
        Assert.True(cascade.GetProperty("cascade").GetProperty("nodes").GetArrayLength() > 3);
    }

    private static string Cut(JsonElement e) => e.GetRawText() is { Length: > 600 } s ? s[..600] + "…" : e.GetRawText();
}
