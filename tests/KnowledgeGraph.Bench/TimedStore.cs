using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Bench;

/// <summary>A store that adds up the time spent in its bulk upserts: the load time, apart from extraction running beside it.</summary>
public sealed class TimedStore(IGraphStore inner) : IGraphStore
{
    private long _ticks;

    public double Seconds => TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalSeconds;
    public string Description => inner.Description;

    public async Task<BatchUpsertResult> UpsertDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct = default)
    {
        var start = Stopwatch.GetTimestamp();
        try { return await inner.UpsertDocumentsAsync(documents, ct); }
        finally { Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks); }
    }

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
    public Task<UpsertResult> UpsertDocumentAsync(DocumentRecord document, CancellationToken ct = default) => inner.UpsertDocumentAsync(document, ct);
    public Task<DocumentNode?> GetDocumentAsync(string key, CancellationToken ct = default) => inner.GetDocumentAsync(key, ct);
    public Task<IReadOnlyList<DocumentNode>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default) => inner.GetDocumentsAsync(keys, ct);
    public Task<string?> GetTextAsync(string key, CancellationToken ct = default) => inner.GetTextAsync(key, ct);
    public Task<IReadOnlyList<GraphEdge>> EdgesAroundAsync(string key, IReadOnlyCollection<string> types, CancellationToken ct = default) => inner.EdgesAroundAsync(key, types, ct);
    public Task<IReadOnlyList<GraphEdge>> EdgesAroundManyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct = default) => inner.EdgesAroundManyAsync(keys, types, ct);
    public Task<IReadOnlyDictionary<string, string>> GetTextsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default) => inner.GetTextsAsync(keys, ct);
    public Task<long> CountDocumentsAsync(DocumentFilter filter, CancellationToken ct = default) => inner.CountDocumentsAsync(filter, ct);
    public Task<IReadOnlyList<TaskInfo>> TasksOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default) => inner.TasksOfDocumentsAsync(documentKeys, ct);
    public Task<IReadOnlyList<TargetInfo>> TargetsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default) => inner.TargetsOfDocumentsAsync(documentKeys, ct);
    public Task<IReadOnlyList<TaskUnit>> TaskUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default) => inner.TaskUnitsOfDocumentsAsync(documentKeys, ct);
    public Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(string code, int? year = null, string? province = null, CancellationToken ct = default) => inner.FindByCodeAsync(code, year, province, ct);
    public Task<CascadeResult?> CascadeAsync(string rootKey, CascadeOptions options, CancellationToken ct = default) => inner.CascadeAsync(rootKey, options, ct);
    public Task<GraphPath?> FindPathAsync(string fromKey, string toKey, PathOptions options, CancellationToken ct = default) => inner.FindPathAsync(fromKey, toKey, options, ct);
    public Task<IReadOnlyList<UnitTask>> TasksOfUnitAsync(string unitKey, DeadlineRange? deadlines = null, CancellationToken ct = default) => inner.TasksOfUnitAsync(unitKey, deadlines, ct);
    public Task<DocumentPage> ListDocumentsAsync(DocumentFilter filter, string? cursor = null, int limit = 50, CancellationToken ct = default) => inner.ListDocumentsAsync(filter, cursor, limit, ct);
    public IAsyncEnumerable<StoredText> EnumerateTextsAsync(CancellationToken ct = default) => inner.EnumerateTextsAsync(ct);
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken ct = default) => inner.GetStatisticsAsync(ct);
    public Task<GraphSnapshot> ExportSnapshotAsync(CancellationToken ct = default) => inner.ExportSnapshotAsync(ct);
    public Task<StoreFingerprint> GetFingerprintAsync(CancellationToken ct = default) => inner.GetFingerprintAsync(ct);
    public Task ClearAsync(CancellationToken ct = default) => inner.ClearAsync(ct);
    public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the caller owns the inner store
}
