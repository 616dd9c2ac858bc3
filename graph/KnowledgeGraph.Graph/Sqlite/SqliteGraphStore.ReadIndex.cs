using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The read side of the embedded store at scale: an in-memory relation index (<see cref="SqliteReadIndex"/>) built
/// on the first large read and rebuilt after any write. Writes need not know about it: one connection kept open for
/// the store's life asks SQLite for <c>PRAGMA data_version</c>, which changes whenever another connection (this
/// process's writer, or a <c>kg ingest</c> in another process) has committed, so every read sees every committed write.
/// Nothing is stored on disk: an existing data folder opens as before and gets its index on the first read.
/// </summary>
public sealed partial class SqliteGraphStore : IDocumentUnitsReader, IReadCache
{
    /// <summary>Reads smaller than this use SQL while the index is stale rather than rebuilding it (a lookup during an ingest).</summary>
    private const int IndexWorthBuildingAt = 64;

    /// <summary>Results (cascades, coverages) kept per store version (the first ones asked for; a write empties the cache with the index).</summary>
    private const int CachedResults = 64;

    /// <summary>A cascade with more tasks than this is not kept (its tasks alone are tens of MB).</summary>
    private const int CachedCascadeTaskLimit = 20_000;

    private readonly SemaphoreSlim _indexGate = new(1, 1);
    private SqliteConnection? _versionWatch;
    private SqliteReadIndex? _index;

    /// <summary>Whether finished cascades and coverages are kept per store version (the benchmark turns it off to time cold reads).</summary>
    public bool ResultCacheEnabled { get; set; } = true;

    /// <summary>How long the last index build took and what it holds (benchmark and logs); null before the first.</summary>
    public (TimeSpan BuildTime, int Documents, int Edges)? ReadIndexInfo => _index is { } i ? (i.BuildTime, i.DocumentCount, i.EdgeCount) : null;

    private bool UsesReadIndex => WalkMode == SqliteWalkMode.Index;

    /// <summary>
    /// The index of the current store version. Stale or missing: rebuilt when <paramref name="build"/>, else null
    /// (the caller reads SQL). One build at a time; readers arriving meanwhile wait for it and share it.
    /// </summary>
    internal async Task<SqliteReadIndex?> ReadIndexAsync(bool build, CancellationToken ct)
    {
        if (!UsesReadIndex) return null;
        // A small read does not wait for a build in progress (tens of seconds at 100,000 documents): it reads SQL.
        if (!build)
        {
            if (!await _indexGate.WaitAsync(0, ct)) return null;
        }
        else await _indexGate.WaitAsync(ct);
        try
        {
            var version = await WatchedVersionAsync(ct);
            if (_index is { } current && current.Version == version) return current;
            if (!build) return null;
            _index = null;
            // Read at or after `version`: a commit landing during the build makes the next check rebuild, never miss it.
            await using var c = await OpenAsync(ct);
            _index = await SqliteReadIndex.BuildAsync(c, version, ct);
            return _index;
        }
        catch (SqliteException e) { throw new SqliteStoreException(_path, e); }
        finally { _indexGate.Release(); }
    }

    /// <summary>The watching connection's <c>PRAGMA data_version</c> (opened on first use); the caller holds the index gate.</summary>
    private async Task<long> WatchedVersionAsync(CancellationToken ct)
    {
        _versionWatch ??= await OpenAsync(ct);
        await using var cmd = _versionWatch.CreateCommand();
        cmd.CommandText = "PRAGMA data_version";
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The cascade from the result cache of this store version when there, else computed and kept (unless its tasks are many).</summary>
    public override async Task<CascadeResult?> CascadeAsync(string rootKey, CascadeOptions options, CancellationToken ct = default)
    {
        options.Validate();
        var index = await ReadIndexAsync(build: true, ct);
        var request = CacheKey(rootKey, options);
        if (ResultCacheEnabled && index is not null && index.TryGetResult<CascadeResult>(request, out var cached)) return cached;
        // Without tasks (the API's counts and pages, coverage) the whole answer comes from the index; with tasks the
        // shared assembly reads them (its walk, documents and edges still come from the index).
        var result = index is not null && !options.IncludeTasks
            ? await index.CascadeWithoutTasksAsync(rootKey, options, OpenAsync, ct)
            : await base.CascadeAsync(rootKey, options, ct);
        if (ResultCacheEnabled && index is not null && result is not null && result.Tasks.Count <= CachedCascadeTaskLimit)
            index.KeepResult(request, result, CachedResults);
        return result;
    }

    /// <inheritdoc />
    public async Task<T?> GetOrComputeAsync<T>(string request, Func<Task<T?>> compute, CancellationToken ct = default) where T : class
    {
        var index = ResultCacheEnabled ? await ReadIndexAsync(build: true, ct) : null;
        if (index is not null && index.TryGetResult<T>("analysis\u001f" + request, out var cached)) return cached;
        var result = await compute();
        if (index is not null && result is not null) index.KeepResult("analysis\u001f" + request, result, CachedResults);
        return result;
    }

    private static string CacheKey(string root, CascadeOptions o) => string.Join('\u001f', root, o.Direction, o.MaxDepth,
        string.Join(',', o.RelationTypes), o.FollowSameAs, o.MinSameAsScore.ToString("R", System.Globalization.CultureInfo.InvariantCulture), o.IncludeTasks);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, UnitRef[]>> FirstUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (await ReadIndexAsync(build: documentKeys.Count >= IndexWorthBuildingAt, ct) is { } index)
            return await index.FirstUnitsAsync(documentKeys, TaskUnitsOfDocumentsAsync, ct);
        return DocumentUnits.FirstMentions(await TaskUnitsOfDocumentsAsync(documentKeys, ct));
    }

    private async Task<IReadOnlyList<DocumentNode>?> IndexedDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        await ReadIndexAsync(build: keys.Count >= IndexWorthBuildingAt, ct) is { } index ? index.Documents(keys) : null;

    private async Task<IReadOnlyList<GraphEdge>?> IndexedEdgesAmongAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct) =>
        await ReadIndexAsync(build: true, ct) is { } index ? await index.EdgesAsync(index.EdgesAmong(keys, types), OpenAsync, ct) : null;

    private async ValueTask DisposeReadIndexAsync()
    {
        _index = null;
        if (_versionWatch is not null) await _versionWatch.DisposeAsync();
        _versionWatch = null;
        _indexGate.Dispose();
    }
}
