using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>The store contract against a real Neo4j 3.1 server, plus what only Neo4j has.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreTests(Neo4jServerFixture server) : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync() => await server.EmptyStoreAsync();

    /// <summary>
    /// After the edges are written, the commit also creates a task whose key Plan B's first task already has:
    /// the server rejects it (unique constraint) and must roll back everything before it in the same request.
    /// </summary>
    protected override void FailMidWrite(IGraphStore store) =>
        ((Neo4jGraphStore)store).RewriteCommit = statements =>
        {
            var at = statements.ToList().FindLastIndex(s => s.Name.StartsWith("CreateEdges.", StringComparison.Ordinal)) + 1;
            return [.. statements.Take(at), TaskKeyClash(), .. statements.Skip(at)];
        };

    /// <summary>Creates a task with the key Plan B's first task already has: the unique constraint rejects it.</summary>
    private static CypherStatement TaskKeyClash() => CypherStatements.CreateTasks.With(("rows", new[]
    {
        new Dictionary<string, object?>
        {
            ["document"] = PlanB,
            ["props"] = new Dictionary<string, object> { ["key"] = PlanB + "#task-1" },
            ["edge"] = new Dictionary<string, object> { ["source"] = PlanB },
        },
    }));

    protected override void StopFailing(IGraphStore store) => ((Neo4jGraphStore)store).RewriteCommit = null;

    [Fact]
    public async Task The_server_is_discovered_as_3_1_with_the_3_x_commit_endpoint()
    {
        var store = (Neo4jGraphStore)Store;
        Assert.Equal(3, store.Endpoint.Major);
        Assert.Equal("3.1.1", store.Endpoint.Version);
        Assert.EndsWith("/db/data/transaction/commit", store.Endpoint.CommitUrl.AbsolutePath);
        Assert.StartsWith("Neo4j 3.1.1 at http://127.0.0.1:", store.Description);
    }

    [Fact]
    public async Task Neo4j_holds_exactly_what_the_embedded_store_holds_and_answers_the_same()
    {
        using var folder = new TempFolder();
        await using var sqlite = new SqliteGraphStore(folder.Path);
        await sqlite.InitializeAsync();
        foreach (var d in All()) { await Store.UpsertDocumentAsync(d); await sqlite.UpsertDocumentAsync(d); }
        await Store.UpsertDocumentAsync(PlanAChanged());
        await sqlite.UpsertDocumentAsync(PlanAChanged());

        Assert.Equal((await sqlite.ExportSnapshotAsync()).Lines, (await Store.ExportSnapshotAsync()).Lines);

        foreach (var (root, dir) in new[] { (Directive27, CascadeDirection.Down), (Decision806, CascadeDirection.Down), (PlanB, CascadeDirection.Up) })
        {
            var o = new CascadeOptions { Direction = dir, RelationTypes = EdgeType.Relations };
            Assert.Equal(Json(await sqlite.CascadeAsync(root, o)), Json(await Store.CascadeAsync(root, o)));
        }
        Assert.Equal(Json(await sqlite.FindPathAsync(PlanC, PlanB, new PathOptions())), Json(await Store.FindPathAsync(PlanC, PlanB, new PathOptions())));
        Assert.Equal(Json(await sqlite.ListDocumentsAsync(new DocumentFilter(), null, 4)), Json(await Store.ListDocumentsAsync(new DocumentFilter(), null, 4)));
    }

    [Fact]
    public async Task The_bulk_path_splits_rows_into_many_statements_and_commits_and_still_gives_the_same_graph()
    {
        foreach (var d in All()) await Store.UpsertDocumentAsync(d);
        var oneByOne = await Store.GetFingerprintAsync();
        await Store.ClearAsync();

        await using var small = new Neo4jGraphStore(server.Options(rowsPerStatement: 2, maxRowsPerCommit: 25));
        await small.InitializeAsync();
        var result = await small.UpsertDocumentsAsync(All());
        Assert.Empty(result.Failed);
        Assert.Equal(5, result.Stored.Count);
        Assert.Equal(oneByOne.Checksum, (await small.GetFingerprintAsync()).Checksum);
    }

    [Fact]
    public async Task A_document_the_server_rejects_in_a_bulk_group_is_reported_and_the_rest_of_the_group_is_stored()
    {
        var store = (Neo4jGraphStore)Store;
        // The group fails on the server; the store retries its documents one by one and only Plan C keeps failing.
        store.RewriteCommit = statements =>
            statements.Any(s => s.Name == nameof(CypherStatements.MergeIngestedDocuments) && JsonSerializer.Serialize(s.Parameters).Contains("003_plan_c.txt"))
                ? [.. statements, TaskKeyClash()]
                : statements;
        var result = await store.UpsertDocumentsAsync(All());
        store.RewriteCommit = null;

        var failure = Assert.Single(result.Failed);
        Assert.Equal("003_plan_c.txt", failure.Source);
        Assert.Contains("ConstraintValidationFailed", failure.Message);
        Assert.Equal(4, result.Stored.Count);
        Assert.Null(await Store.GetDocumentAsync(PlanC));
        Assert.NotNull(await Store.GetDocumentAsync(PlanA));
    }

    [Fact]
    public async Task An_error_in_the_response_becomes_an_exception_naming_the_code_and_statement()
    {
        using var client = new Neo4jHttpClient(server.Options());
        var bad = new CypherStatement("BrokenOnPurpose", "MATCH (n RETURN n", new Dictionary<string, object?>());
        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.CommitAsync(bad, default));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("BrokenOnPurpose", e.Message);
        Assert.False(e.IsTransient);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static string Json(object? o) => JsonSerializer.Serialize(o, JsonOptions);
}
