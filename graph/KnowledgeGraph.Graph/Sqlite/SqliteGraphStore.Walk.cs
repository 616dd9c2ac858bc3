using KnowledgeGraph.Graph.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>How the embedded store walks the graph (the old recursive CTE stays as the reference the tests and the benchmark compare against).</summary>
internal enum SqliteWalkMode
{
    /// <summary>Breadth first over the in-memory relation index of the current store version (SqliteGraphStore.ReadIndex.cs); documents and edges of a cascade from it too.</summary>
    Index,

    /// <summary>Breadth first, one SQL statement per level over the whole frontier; each document expanded once.</summary>
    Frontier,

    /// <summary>The recursive CTE <see cref="SqliteQueries.Walk"/>: (key, depth) pairs, so a node is revisited at every depth it can be reached at.</summary>
    RecursiveCte,
}

public sealed partial class SqliteGraphStore
{
    /// <summary>Which walk <see cref="WalkAsync"/> runs (tests and the benchmark switch to the old CTE to compare).</summary>
    internal SqliteWalkMode WalkMode { get; set; } = SqliteWalkMode.Index;

    protected override async Task<IReadOnlyDictionary<string, int>> WalkAsync(string root, WalkSpec spec, int maxDepth, string? stopAt, CancellationToken ct)
    {
        if (await ReadIndexAsync(build: true, ct) is { } index) return index.Walk(root, spec, maxDepth, stopAt);
        await using var c = await OpenAsync(ct);
        return WalkMode == SqliteWalkMode.RecursiveCte
            ? await WalkByCteAsync(c, root, spec, maxDepth, ct)
            : await WalkByFrontierAsync(c, root, spec, maxDepth, stopAt, ct);
    }

    /// <summary>
    /// Breadth first: the minimum depth of a node is the level at which it is first seen, so each node is expanded
    /// once and a dense graph costs one index seek per (frontier node, edge type) instead of one per (node, depth)
    /// path as in the CTE. The visited set lives here; one statement per level reads the frontier's neighbours.
    /// Like the CTE, the walk passes through every Document-to-Document edge end and reports only documents that exist.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, int>> WalkByFrontierAsync(SqliteConnection c, string root, WalkSpec spec, int maxDepth, string? stopAt, CancellationToken ct)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal) { [root] = 0 };
        var frontier = new List<string> { root };
        await using (var step = Command(c, SqliteQueries.WalkStep, ("$frontier", ""), ("$in", Json(spec.Inward)), ("$out", Json(spec.Outward)),
                         ("$both", Json(spec.Both)), ("$min", spec.MinScore)))
        {
            for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
            {
                if (stopAt is not null && depths.ContainsKey(stopAt)) break;
                step.Parameters["$frontier"].Value = Json(frontier);
                var next = new List<string>();
                await using (var r = await step.ExecuteReaderAsync(ct))
                    while (await r.ReadAsync(ct))
                    {
                        var key = r.GetString(0);
                        if (depths.TryAdd(key, depth)) next.Add(key);
                    }
                frontier = next;
            }
        }
        var result = new Dictionary<string, int>(depths.Count, StringComparer.Ordinal);
        await using (var docs = Command(c, SqliteQueries.ExistingDocuments, ("$keys", Json(depths.Keys))))
        await using (var r = await docs.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var key = r.GetString(0);
                result[key] = depths[key];
            }
        return result;
    }

    private static async Task<IReadOnlyDictionary<string, int>> WalkByCteAsync(SqliteConnection c, string root, WalkSpec spec, int maxDepth, CancellationToken ct)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cmd = Command(c, SqliteQueries.Walk,
            ("$root", root), ("$max", maxDepth), ("$in", Json(spec.Inward)), ("$out", Json(spec.Outward)),
            ("$both", Json(spec.Both)), ("$min", spec.MinScore));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result[r.GetString(0)] = r.GetInt32(1);
        return result;
    }
}
