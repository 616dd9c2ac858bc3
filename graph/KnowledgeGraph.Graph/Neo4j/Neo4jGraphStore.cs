using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using KnowledgeGraph.Ingest.Model;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// The graph in Neo4j (3.1 to 5.x) over the HTTP transactional endpoint. Each document — or, on the bulk path,
/// each group of documents — is replaced in one commit request. Walks run breadth-first, one query per level.
/// </summary>
public sealed partial class Neo4jGraphStore : GraphStoreBase
{
    private readonly Neo4jOptions _options;
    private readonly Neo4jHttpClient _client;

    /// <summary>Test hook: rewrites the statements of each write commit (to inject a failure mid-transaction).</summary>
    internal Func<IReadOnlyList<CypherStatement>, IReadOnlyList<CypherStatement>>? RewriteCommit { get; set; }

    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        if (options.RowsPerStatement < 1) throw new ArgumentOutOfRangeException(nameof(options), "RowsPerStatement must be at least 1");
        _options = options;
        _client = new Neo4jHttpClient(options, handler);
    }

    public override string Description =>
        _client is { } c && TryEndpoint(c) is { } e ? $"Neo4j {e.Version} at {_options.Url}" : $"Neo4j at {_options.Url}";

    public Neo4jEndpoint Endpoint => _client.Endpoint;

    /// <summary>What the store has sent to Neo4j so far (benchmarks: requests, statements, bytes, time in this process).</summary>
    public Neo4jHttpStats HttpStats => _client.Stats;

    public override async Task InitializeAsync(CancellationToken ct = default)
    {
        var endpoint = await _client.DiscoverAsync(ct);
        // Schema statements may not share a transaction with each other's data on 3.x: one commit each.
        foreach (var ddl in C.Schema(endpoint.Major))
            await _client.CommitAsync(ddl.WithoutParameters(), ct);
    }

    public override async Task<UpsertResult> UpsertDocumentAsync(DocumentRecord document, CancellationToken ct = default)
    {
        var facts = FactsBuilder.Build(document);
        await WriteAsync([facts], ct);
        return Summaries.Of(document, facts);
    }

    /// <summary>
    /// The bulk path: documents grouped into commits of up to MaxRowsPerCommit rows (UNWIND batches of
    /// RowsPerStatement). When a group fails for a reason other than Neo4j being down, its documents are retried
    /// one per commit, so one bad document does not keep the others out.
    /// </summary>
    public override async Task<BatchUpsertResult> UpsertDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct = default)
    {
        var stored = new List<UpsertResult>();
        var failed = new List<UpsertFailure>();
        var built = new List<(DocumentRecord Record, DocumentFacts Facts)>();
        foreach (var d in documents)
        {
            try { built.Add((d, FactsBuilder.Build(d))); }
            catch (GraphInputException e) { failed.Add(new UpsertFailure(d.Source, d.Key, e.Message)); }
        }

        foreach (var group in Groups(built))
        {
            try
            {
                await WriteAsync(group.Select(g => g.Facts).ToList(), ct);
                stored.AddRange(group.Select(g => Summaries.Of(g.Record, g.Facts)));
            }
            catch (Neo4jException) when (group.Count > 1)
            {
                foreach (var (record, facts) in group)
                {
                    try
                    {
                        await WriteAsync([facts], ct);
                        stored.Add(Summaries.Of(record, facts));
                    }
                    catch (Neo4jException e) { failed.Add(new UpsertFailure(record.Source, facts.Key, e.Message)); }
                }
            }
            catch (Neo4jException e)
            {
                failed.Add(new UpsertFailure(group[0].Record.Source, group[0].Facts.Key, e.Message));
            }
        }
        return new BatchUpsertResult(stored, failed);
    }

    private IEnumerable<List<(DocumentRecord Record, DocumentFacts Facts)>> Groups(IEnumerable<(DocumentRecord Record, DocumentFacts Facts)> items)
    {
        var group = new List<(DocumentRecord, DocumentFacts)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        long rows = 0, bytes = 0;
        foreach (var item in items)
        {
            var r = Neo4jWritePlan.RowCount(item.Facts);
            var b = Neo4jWritePlan.EstimatedBytes(item.Facts);
            // A second version of a document in the same batch starts a new commit, so the later one wins as it would one by one.
            if (group.Count > 0 && (rows + r > _options.MaxRowsPerCommit || bytes + b > _options.MaxBytesPerCommit || keys.Contains(item.Facts.Key)))
            {
                yield return group;
                group = [];
                keys.Clear();
                rows = bytes = 0;
            }
            group.Add(item);
            keys.Add(item.Facts.Key);
            rows += r;
            bytes += b;
        }
        if (group.Count > 0) yield return group;
    }

    private async Task WriteAsync(IReadOnlyList<DocumentFacts> facts, CancellationToken ct)
    {
        var planning = System.Diagnostics.Stopwatch.GetTimestamp();
        var statements = Neo4jWritePlan.Build(facts, _options.RowsPerStatement);
        _client.AddClientTime(System.Diagnostics.Stopwatch.GetElapsedTime(planning));
        if (RewriteCommit is { } rewrite) statements = rewrite(statements);
        await _client.CommitAsync(statements, ct);
    }

    public override async Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(string code, int? year = null, string? province = null, CancellationToken ct = default)
    {
        var codeKey = LookupKeys.Code(code) ?? throw new ArgumentException("the code is empty", nameof(code));
        var result = await ReadAsync(C.FindByCode.With(("codeKey", codeKey), ("year", year), ("provinceKey", LookupKeys.Province(province))), ct);
        return result.Rows.Select(r => DocumentNode.From(PropertyBag.FromJson(r[0]))).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    public override async IAsyncEnumerable<StoredText> EnumerateTextsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        while (true)
        {
            var result = await ReadAsync(C.ListTexts.With(("after", after), ("limit", 100)), ct);
            foreach (var row in result.Rows)
            {
                var d = DocumentNode.From(PropertyBag.FromJson(row[0]));
                var text = row[1].ValueKind == JsonValueKind.String ? row[1].GetString()! : "";
                yield return new StoredText(d.Key, d.Code, d.Type, d.Title, d.Province, d.Date, d.SourceFile, text);
                after = d.Key;
            }
            if (result.Rows.Count < 100) yield break;
        }
    }

    public override async Task<GraphStatistics> GetStatisticsAsync(CancellationToken ct = default)
    {
        var results = await _client.CommitAsync(
            [C.CountNodesByLabel.WithoutParameters(), C.CountEdgesByType.WithoutParameters(), C.CountDocumentsByIngested.WithoutParameters()], ct);
        static Dictionary<string, long> Counts(CypherResult r) =>
            r.Rows.Where(x => x[0].ValueKind == JsonValueKind.String).ToDictionary(x => x[0].GetString()!, x => x[1].GetInt64(), StringComparer.Ordinal);
        long ingested = 0, cited = 0;
        foreach (var row in results[2].Rows)
        {
            if (row[0].ValueKind == JsonValueKind.True) ingested += row[1].GetInt64();
            else cited += row[1].GetInt64();
        }
        return new GraphStatistics(Counts(results[0]), Counts(results[1]), ingested, cited);
    }

    public override async Task<GraphSnapshot> ExportSnapshotAsync(CancellationToken ct = default)
    {
        var results = await _client.CommitAsync([C.SnapshotNodes.WithoutParameters(), C.SnapshotEdges.WithoutParameters()], ct);
        var nodes = results[0].Rows.Select(r => new SnapshotNode(r[0].GetString()!, r[1].GetString()!, PropertyBag.FromJson(r[2])));
        var edges = results[1].Rows.Select(r => new SnapshotEdge(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!,
            r[3].GetString()!, r[4].GetString()!, PropertyBag.FromJson(r[5])));
        return new GraphSnapshot(nodes, edges);
    }

    public override async Task ClearAsync(CancellationToken ct = default)
    {
        while (true)
        {
            var result = await ReadAsync(C.DeleteSomeNodes.With(("limit", 10_000)), ct);
            if (result.Rows.Count == 0 || result.Rows[0][0].GetInt64() == 0) return;
        }
    }

    public override ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    // ---- primitives ----

    protected override async Task<IReadOnlyDictionary<string, int>> WalkAsync(string root, WalkSpec spec, int maxDepth, string? stopAt, CancellationToken ct)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 0 };
        var frontier = new List<string> { root };
        for (var level = 1; level <= maxDepth && frontier.Count > 0; level++)
        {
            var result = await ReadAsync(C.WalkStep.With(("keys", frontier), ("inward", spec.Inward), ("outward", spec.Outward),
                ("both", spec.Both), ("minScore", spec.MinScore)), ct);
            frontier = [];
            foreach (var row in result.Rows)
            {
                var key = row[0].GetString()!;
                if (depth.TryAdd(key, level)) frontier.Add(key);
            }
            if (stopAt is not null && depth.ContainsKey(stopAt)) break;
        }
        return depth;
    }

    public override async Task<IReadOnlyList<DocumentNode>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0) return [];
        var result = await ReadAsync(C.GetDocuments.With(("keys", keys.Distinct().ToList())), ct);
        return result.Rows.Select(r => DocumentNode.From(PropertyBag.FromJson(r[0]))).ToList();
    }

    protected override async Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct)
    {
        if (keys.Count == 0 || types.Count == 0) return [];
        var among = keys as IReadOnlySet<string> ?? keys.ToHashSet(StringComparer.Ordinal);
        return Edges(await ReadAsync(C.EdgesFrom.With(("keys", keys), ("types", types)), ct)).Where(e => among.Contains(e.To)).ToList();
    }

    public override async Task<string?> GetTextAsync(string key, CancellationToken ct = default)
    {
        var result = await ReadAsync(C.GetText.With(("key", key)), ct);
        return result.Rows.Count == 0 || result.Rows[0][0].ValueKind != System.Text.Json.JsonValueKind.String ? null : result.Rows[0][0].GetString();
    }

    public override async Task<IReadOnlyList<GraphEdge>> EdgesAroundAsync(string key, IReadOnlyCollection<string> types, CancellationToken ct = default) =>
        Edges(await ReadAsync(C.EdgesAround.With(("key", key), ("types", types)), ct));

    public override async Task<IReadOnlyList<TaskInfo>> TasksOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (documentKeys.Count == 0) return [];
        return Tasks(await ReadAsync(C.TasksOfDocuments.With(("keys", documentKeys)), ct));
    }

    protected override async Task<IReadOnlyList<TaskInfo>> TasksNamingUnitAsync(string unitKey, CancellationToken ct) =>
        Tasks(await ReadAsync(C.TasksNamingUnit.With(("unitKey", unitKey)), ct));

    protected override async Task<IReadOnlyList<UnitNode>> GetUnitsAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return [];
        var result = await ReadAsync(C.GetUnits.With(("keys", keys)), ct);
        return result.Rows.Select(r => UnitNode.From(PropertyBag.FromJson(r[0]))).ToList();
    }

    // ---- helpers ----

    private async Task<CypherResult> ReadAsync(CypherStatement statement, CancellationToken ct) =>
        (await _client.CommitAsync(statement, ct))[0];

    private static IReadOnlyList<GraphEdge> Edges(CypherResult r) =>
        r.Rows.Select(x => GraphEdge.Create(x[0].GetString()!, x[1].GetString()!, x[2].GetString()!, PropertyBag.FromJson(x[3]))).ToList();

    private static IReadOnlyList<TaskInfo> Tasks(CypherResult r) => r.Rows.Select(x =>
    {
        var units = x[1].EnumerateArray()
            .Where(u => u[0].ValueKind == JsonValueKind.String)
            .Select(u => (u[0].GetString()!, u[1].GetString()!, PropertyBag.FromJson(u[2])));
        return TaskInfo.From(PropertyBag.FromJson(x[0]), units);
    }).ToList();

    private static Neo4jEndpoint? TryEndpoint(Neo4jHttpClient c)
    {
        try { return c.Endpoint; }
        catch (InvalidOperationException) { return null; }
    }
}
