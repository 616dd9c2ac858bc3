using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The graph of documents, units and tasks. Two implementations (SQLite embedded, Neo4j over HTTP) pass one
/// contract test suite. Upserting a document replaces every fact whose source is that document, atomically:
/// a document is stored entirely or not at all, and facts stated by other documents are left alone.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages ("SQLite at /path/graph.db", "Neo4j 3.1.1 at http://...").</summary>
    string Description { get; }

    /// <summary>Creates schema, constraints and indexes if missing. Call once before anything else.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Stores one document, replacing what an earlier version of it stated. Throws on failure; nothing is half-written.</summary>
    Task<UpsertResult> UpsertDocumentAsync(DocumentRecord document, CancellationToken ct = default);

    /// <summary>Stores many documents (the bulk-load path). A document that fails is reported; the others are stored.</summary>
    Task<BatchUpsertResult> UpsertDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct = default);

    Task<DocumentNode?> GetDocumentAsync(string key, CancellationToken ct = default);

    /// <summary>The documents among these keys that exist, in no particular order (batched reads for the API).</summary>
    Task<IReadOnlyList<DocumentNode>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>The normalised text of an ingested document (all evidence spans point into it); null when not ingested.</summary>
    Task<string?> GetTextAsync(string key, CancellationToken ct = default);

    /// <summary>Document→Document edges of these types touching the document, either direction, with evidence.</summary>
    Task<IReadOnlyList<GraphEdge>> EdgesAroundAsync(string key, IReadOnlyCollection<string> types, CancellationToken ct = default);

    /// <summary>
    /// Document→Document edges of these types touching any of these documents, either direction, each edge once
    /// (an edge between two of them too), in no particular order. The batched form of <see cref="EdgesAroundAsync"/>.
    /// </summary>
    Task<IReadOnlyList<GraphEdge>> EdgesAroundManyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct = default);

    /// <summary>The normalised texts of those of these documents that were ingested, by key (batched <see cref="GetTextAsync"/>).</summary>
    Task<IReadOnlyDictionary<string, string>> GetTextsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>The tasks these documents assign, with their units, in no particular order.</summary>
    Task<IReadOnlyList<TaskInfo>> TasksOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);

    /// <summary>Chỉ tiêu (quantified targets) these documents set, with their evidence spans, in no particular order.</summary>
    Task<IReadOnlyList<TargetInfo>> TargetsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);

    /// <summary>The units named by the tasks of these documents (lead or support), one row per task and unit, without task texts.</summary>
    Task<IReadOnlyList<TaskUnit>> TaskUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);

    /// <summary>Documents with this code (spelling forgiven: case, spaces, Đ/D), optionally within a year and province, by key.</summary>
    Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(string code, int? year = null, string? province = null, CancellationToken ct = default);

    /// <summary>Cascade down from (or lineage up to) a document; null when the root is unknown.</summary>
    Task<CascadeResult?> CascadeAsync(string rootKey, CascadeOptions options, CancellationToken ct = default);

    /// <summary>A shortest path between two documents over relation edges in either direction; null when none within the depth.</summary>
    Task<GraphPath?> FindPathAsync(string fromKey, string toKey, PathOptions options, CancellationToken ct = default);

    /// <summary>Tasks a unit leads or supports (unit key from <see cref="Keys.UnitKeys.Key"/>), optionally by deadline.</summary>
    Task<IReadOnlyList<UnitTask>> TasksOfUnitAsync(string unitKey, DeadlineRange? deadlines = null, CancellationToken ct = default);

    /// <summary>Documents matching every filter, in key order, one page at a time; pass the returned cursor to get the next page.</summary>
    Task<DocumentPage> ListDocumentsAsync(DocumentFilter filter, string? cursor = null, int limit = 50, CancellationToken ct = default);

    /// <summary>How many documents match the filter (every filter of <see cref="ListDocumentsAsync"/>, without paging).</summary>
    Task<long> CountDocumentsAsync(DocumentFilter filter, CancellationToken ct = default);

    /// <summary>Every ingested document with its text, in key order (rebuilding the search index).</summary>
    IAsyncEnumerable<StoredText> EnumerateTextsAsync(CancellationToken ct = default);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken ct = default);

    /// <summary>All nodes and edges in canonical form (tests, store-to-store comparison).</summary>
    Task<GraphSnapshot> ExportSnapshotAsync(CancellationToken ct = default);

    /// <summary>Counts and a content checksum: ingesting the same input twice gives the same fingerprint.</summary>
    Task<StoreFingerprint> GetFingerprintAsync(CancellationToken ct = default);

    /// <summary>Deletes everything.</summary>
    Task ClearAsync(CancellationToken ct = default);
}
