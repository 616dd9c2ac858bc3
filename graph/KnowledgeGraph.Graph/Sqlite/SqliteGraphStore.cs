using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using KnowledgeGraph.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL) in the data folder, one transaction per document,
/// recursive CTEs for walks. Readers run concurrently; writes are serialised.
/// </summary>
public sealed partial class SqliteGraphStore : GraphStoreBase
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Test hook: called with each write step's name inside the transaction (throw to simulate a crash).</summary>
    internal Action<string>? BeforeWriteStep { get; set; }

    public SqliteGraphStore(string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory)) throw new ArgumentException("the data folder is empty", nameof(dataDirectory));
        if (File.Exists(dataDirectory)) throw new ArgumentException($"--data {dataDirectory} is a file; it must be a folder", nameof(dataDirectory));
        Directory.CreateDirectory(dataDirectory);
        _path = Path.GetFullPath(Path.Combine(dataDirectory, GraphDataPaths.SqliteFileName));
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public override string Description => $"SQLite at {_path}";

    public override async Task InitializeAsync(CancellationToken ct = default)
    {
        try
        {
            await using var c = await OpenAsync(ct);
            await SqliteSchema.EnsureAsync(c, _path, ct);
        }
        catch (SqliteException e) { throw new SqliteStoreException(_path, e); }
    }

    public override async Task<UpsertResult> UpsertDocumentAsync(DocumentRecord document, CancellationToken ct = default)
    {
        var facts = FactsBuilder.Build(document);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var c = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            await using (var writer = new SqliteFactWriter(c, tx, BeforeWriteStep))
                await writer.WriteAsync(facts, ct);
            await tx.CommitAsync(ct);
        }
        finally { _writeLock.Release(); }
        return Summaries.Of(document, facts);
    }

    /// <summary>One transaction per document: the fallback of the batch path (SqliteGraphStore.Batch.cs).</summary>
    private async Task<BatchUpsertResult> UpsertOneByOneAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct)
    {
        var stored = new List<UpsertResult>();
        var failed = new List<UpsertFailure>();
        foreach (var d in documents)
        {
            try { stored.Add(await UpsertDocumentAsync(d, ct)); }
            catch (SqliteException e)
            {
                failed.Add(new UpsertFailure(d.Source, d.Key, $"not stored in {_path}: {SqliteStoreException.Describe(e)}"));
            }
            catch (Exception e) when (e is GraphInputException or InvalidOperationException)
            {
                failed.Add(new UpsertFailure(d.Source, d.Key, e.Message));
            }
        }
        return new BatchUpsertResult(stored, failed);
    }

    public override async Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(string code, int? year = null, string? province = null, CancellationToken ct = default)
    {
        var codeKey = LookupKeys.Code(code) ?? throw new ArgumentException("the code is empty", nameof(code));
        var docs = await QueryPropsAsync(SqliteQueries.FindByCode, ct, ("$c", codeKey), ("$y", year), ("$p", LookupKeys.Province(province)));
        return docs.Select(DocumentNode.From).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    public override async IAsyncEnumerable<StoredText> EnumerateTextsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        string? after = null;
        while (true)
        {
            var page = new List<StoredText>();
            await using (var c = await OpenAsync(ct))
            await using (var cmd = Command(c, """
                SELECT n.props, t.text FROM nodes n JOIN texts t ON t.key = n.key
                WHERE n.label = 'Document' AND n.ingested = 1 AND ($after IS NULL OR n.key > $after)
                ORDER BY n.key LIMIT 100
                """, ("$after", after)))
            await using (var r = await cmd.ExecuteReaderAsync(ct))
            {
                while (await r.ReadAsync(ct))
                {
                    var d = DocumentNode.From(Parse(r.GetString(0)));
                    page.Add(new StoredText(d.Key, d.Code, d.Type, d.Title, d.Province, d.Date, d.SourceFile, r.GetString(1)));
                }
            }
            foreach (var t in page) yield return t;
            if (page.Count < 100) yield break;
            after = page[^1].Key;
        }
    }

    public override async Task<GraphStatistics> GetStatisticsAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var labels = await CountsAsync(c, "SELECT label, count(*) FROM nodes GROUP BY label", ct);
        var types = await CountsAsync(c, "SELECT type, count(*) FROM edges GROUP BY type", ct);
        var ingested = await CountsAsync(c, "SELECT CAST(coalesce(ingested, 0) AS TEXT), count(*) FROM nodes WHERE label = 'Document' GROUP BY 1", ct);
        return new GraphStatistics(labels, types, ingested.GetValueOrDefault("1"), ingested.GetValueOrDefault("0"));
    }

    public override async Task<GraphSnapshot> ExportSnapshotAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var nodes = new List<SnapshotNode>();
        await using (var cmd = Command(c, "SELECT label, key, props FROM nodes"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) nodes.Add(new SnapshotNode(r.GetString(0), r.GetString(1), Parse(r.GetString(2))));
        var edges = new List<SnapshotEdge>();
        await using (var cmd = Command(c, "SELECT type, from_label, from_key, to_label, to_key, props FROM edges"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                edges.Add(new SnapshotEdge(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Parse(r.GetString(5))));
        return new GraphSnapshot(nodes, edges);
    }

    public override async Task ClearAsync(CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var c = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            foreach (var table in (string[])["edges", "nodes", "texts"])
            {
                await using var cmd = Command(c, $"DELETE FROM {table}");
                cmd.Transaction = tx;
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        finally { _writeLock.Release(); }
    }

    public override async ValueTask DisposeAsync()
    {
        await DisposeReadIndexAsync();
        _writeLock.Dispose();
        // Pooled connections keep the file open (and its WAL); release them so the folder can be deleted.
        using (var c = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(c);
    }

    // ---- primitives ----

    public override async Task<IReadOnlyList<DocumentNode>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        if (keys.Count == 0) return [];
        if (await IndexedDocumentsAsync(keys, ct) is { } indexed) return indexed;
        var rows = await QueryPropsAsync("SELECT props FROM nodes WHERE label = 'Document' AND key IN (SELECT value FROM json_each($keys))",
            ct, ("$keys", Json(keys)));
        return rows.Select(DocumentNode.From).ToList();
    }

    protected override async Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct) =>
        await IndexedEdgesAmongAsync(keys, types, ct) ?? await QueryEdgesAsync("""
            SELECT type, from_key, to_key, props FROM edges
            WHERE from_label = 'Document' AND to_label = 'Document'
              AND from_key IN (SELECT value FROM json_each($keys)) AND to_key IN (SELECT value FROM json_each($keys))
              AND type IN (SELECT value FROM json_each($types))
            """, ct, ("$keys", Json(keys)), ("$types", Json(types)));

    public override async Task<string?> GetTextAsync(string key, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, "SELECT text FROM texts WHERE key = $k", ("$k", key));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public override Task<IReadOnlyList<GraphEdge>> EdgesAroundAsync(string key, IReadOnlyCollection<string> types, CancellationToken ct = default) =>
        QueryEdgesAsync("""
            SELECT type, from_key, to_key, props FROM edges
            WHERE from_key = $k AND from_label = 'Document' AND to_label = 'Document' AND type IN (SELECT value FROM json_each($types))
            UNION ALL
            SELECT type, from_key, to_key, props FROM edges
            WHERE to_key = $k AND to_label = 'Document' AND from_label = 'Document' AND type IN (SELECT value FROM json_each($types))
            """, ct, ("$k", key), ("$types", Json(types)));

    public override async Task<IReadOnlyList<TaskInfo>> TasksOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (documentKeys.Count == 0) return [];
        // Driven from the key list (CROSS JOIN keeps that order), one seek on nodes_owner per document: left to itself
        // the planner scanned every task per document (PRIMARY KEY label=?), 20 s for a cascade of 850 documents.
        var tasks = await QueryPropsAsync("SELECT n.props FROM json_each($keys) j CROSS JOIN nodes n INDEXED BY nodes_owner ON n.label = 'Task' AND n.owner = j.value",
            ct, ("$keys", Json(documentKeys)));
        return await WithUnitsAsync(tasks, ct);
    }

    protected override async Task<IReadOnlyList<TaskInfo>> TasksNamingUnitAsync(string unitKey, CancellationToken ct)
    {
        var tasks = await QueryPropsAsync("""
            SELECT props FROM nodes WHERE label = 'Task' AND key IN (
              SELECT from_key FROM edges WHERE to_key = $u AND to_label = 'Unit' AND type IN ('LEAD', 'SUPPORT'))
            """, ct, ("$u", unitKey));
        return await WithUnitsAsync(tasks, ct);
    }

    protected override async Task<IReadOnlyList<UnitNode>> GetUnitsAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return [];
        var rows = await QueryPropsAsync("SELECT props FROM nodes WHERE label = 'Unit' AND key IN (SELECT value FROM json_each($keys))",
            ct, ("$keys", Json(keys)));
        return rows.Select(UnitNode.From).ToList();
    }

    // ---- helpers ----

    private async Task<IReadOnlyList<TaskInfo>> WithUnitsAsync(IReadOnlyList<PropertyBag> tasks, CancellationToken ct)
    {
        if (tasks.Count == 0) return [];
        var byTask = new Dictionary<string, List<(string, string, PropertyBag)>>(StringComparer.Ordinal);
        await using (var c = await OpenAsync(ct))
        // Only the two edge properties TaskInfo reads (name and province as written), extracted by SQLite: parsing
        // every LEAD/SUPPORT edge's JSON in .NET was most of a large cascade's time.
        await using (var cmd = Command(c, """
            SELECT type, from_key, to_key,
                   CASE WHEN json_type(props, '$.name') = 'text' THEN json_extract(props, '$.name') END,
                   CASE WHEN json_type(props, '$.province') = 'text' THEN json_extract(props, '$.province') END
            FROM edges
            WHERE from_label = 'Task' AND type IN ('LEAD', 'SUPPORT') AND from_key IN (SELECT value FROM json_each($keys))
            """, ("$keys", Json(tasks.Select(t => t.GetString(Prop.Key)!).ToList()))))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var from = r.GetString(1);
                if (!byTask.TryGetValue(from, out var list)) byTask[from] = list = [];
                var edge = new PropertyBag().Set(Prop.Name, r.IsDBNull(3) ? null : r.GetString(3)).Set(Prop.Province, r.IsDBNull(4) ? null : r.GetString(4));
                list.Add((r.GetString(0), r.GetString(2), edge));
            }
        }
        return tasks.Select(t => TaskInfo.From(t, byTask.GetValueOrDefault(t.GetString(Prop.Key)!) ?? [])).ToList();
    }

    private async Task<IReadOnlyList<GraphEdge>> QueryEdgesAsync(string sql, CancellationToken ct, params (string, object?)[] ps)
    {
        var edges = new List<GraphEdge>();
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, sql, ps);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) edges.Add(GraphEdge.Create(r.GetString(0), r.GetString(1), r.GetString(2), Parse(r.GetString(3))));
        return edges;
    }

    private async Task<IReadOnlyList<PropertyBag>> QueryPropsAsync(string sql, CancellationToken ct, params (string, object?)[] ps)
    {
        var rows = new List<PropertyBag>();
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, sql, ps);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(Parse(r.GetString(0)));
        return rows;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(SqliteConnection c, string sql, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var cmd = Command(c, sql);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = r.GetInt64(1);
        return counts;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        // In WAL mode NORMAL keeps the file consistent on a crash (a power cut may lose the last commits, which a
        // re-ingest restores) and spares an fsync per document.
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous = NORMAL";
        await cmd.ExecuteNonQueryAsync(ct);
        return c;
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] ps)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    private static PropertyBag Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return PropertyBag.FromJson(doc.RootElement);
    }

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
