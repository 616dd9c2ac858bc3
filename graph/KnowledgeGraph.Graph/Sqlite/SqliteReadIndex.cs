using System.Collections.Concurrent;
using System.Text.Json;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The document-level relation index of the embedded store, in memory: every Document→Document edge as integer
/// adjacency (type, other end, score, edge row id), every document node parsed once, for one version of the file
/// (SQLite's <c>data_version</c>: any commit by any connection or process makes a new one). Walks, the documents
/// and edges of a cascade and coverage read it instead of one SQL statement per level and a JSON parse per row.
/// Edge evidence and task units are filled on demand from the store, so memory grows with what is read, and belong
/// to this version: a write discards them with the index.
/// </summary>
internal sealed class SqliteReadIndex
{
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _keys;
    private readonly DocumentNode?[] _documents;
    private readonly string[] _types;
    // Compressed adjacency: node i's outgoing edges are _outEdge[_outStart[i] .. _outStart[i + 1]), incoming likewise.
    private readonly int[] _outStart, _outEdge, _inStart, _inEdge;
    private readonly int[] _edgeFrom, _edgeTo;
    private readonly byte[] _edgeType;
    private readonly double[] _edgeScore;
    private readonly long[] _edgeRow;
    private readonly GraphEdge?[] _edgeObjects;
    private readonly UnitRef[]?[] _firstUnits;
    private readonly ConcurrentDictionary<string, object> _results = new(StringComparer.Ordinal);

    /// <summary>The store version (data_version of the watching connection) this index was read at.</summary>
    public long Version { get; }

    public int DocumentCount { get; }
    public int EdgeCount => _edgeFrom.Length;
    public TimeSpan BuildTime { get; private init; }

    private SqliteReadIndex(long version, Dictionary<string, int> ids, List<string> keys, DocumentNode?[] documents, List<string> types,
        List<(int From, int To, byte Type, double Score, long Row)> edges)
    {
        Version = version;
        _ids = ids;
        _keys = [.. keys];
        _documents = documents;
        _types = [.. types];
        var n = _keys.Length;
        var m = edges.Count;
        _edgeFrom = new int[m]; _edgeTo = new int[m]; _edgeType = new byte[m]; _edgeScore = new double[m]; _edgeRow = new long[m];
        _edgeObjects = new GraphEdge?[m];
        _outStart = new int[n + 1]; _inStart = new int[n + 1];
        for (var i = 0; i < m; i++)
        {
            var e = edges[i];
            (_edgeFrom[i], _edgeTo[i], _edgeType[i], _edgeScore[i], _edgeRow[i]) = e;
            _outStart[e.From + 1]++;
            _inStart[e.To + 1]++;
        }
        for (var i = 0; i < n; i++) { _outStart[i + 1] += _outStart[i]; _inStart[i + 1] += _inStart[i]; }
        _outEdge = new int[m]; _inEdge = new int[m];
        var o = (int[])_outStart.Clone();
        var p = (int[])_inStart.Clone();
        for (var i = 0; i < m; i++) { _outEdge[o[_edgeFrom[i]]++] = i; _inEdge[p[_edgeTo[i]]++] = i; }
        _firstUnits = new UnitRef[n][];
        DocumentCount = documents.Count(d => d is not null);
    }

    /// <summary>Reads every document node and every Document→Document edge (without its properties) in one read transaction.</summary>
    public static async Task<SqliteReadIndex> BuildAsync(SqliteConnection c, long version, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var documents = new List<DocumentNode?>();
        int Id(string key)
        {
            if (ids.TryGetValue(key, out var id)) return id;
            ids[key] = id = keys.Count;
            keys.Add(key);
            documents.Add(null);
            return id;
        }
        var types = new List<string>();
        var edges = new List<(int, int, byte, double, long)>();
        await using var tx = c.BeginTransaction(deferred: true);
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT key, props FROM nodes WHERE label = 'Document'";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = Id(r.GetString(0));
                using var json = JsonDocument.Parse(r.GetString(1));
                documents[id] = DocumentNode.From(PropertyBag.FromJson(json.RootElement));
            }
        }
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, type, from_key, to_key, score FROM edges WHERE from_label = 'Document' AND to_label = 'Document'";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var type = r.GetString(1);
                var t = types.IndexOf(type);
                if (t < 0) { t = types.Count; types.Add(type); }
                if (t > byte.MaxValue) throw new InvalidOperationException($"more than {byte.MaxValue + 1} Document→Document edge types in the store");
                edges.Add((Id(r.GetString(2)), Id(r.GetString(3)), (byte)t, r.IsDBNull(4) ? double.NaN : r.GetDouble(4), r.GetInt64(0)));
            }
        }
        await tx.CommitAsync(ct);
        return new SqliteReadIndex(version, ids, keys, [.. documents], types, edges)
        {
            BuildTime = System.Diagnostics.Stopwatch.GetElapsedTime(started),
        };
    }

    /// <summary>
    /// Breadth first, the same walk as <see cref="SqliteQueries.WalkStep"/> level by level: against inward types,
    /// along outward types, either way along both-types scoring at least the minimum (an edge without a score never);
    /// every edge end is passed through, only stored documents are reported; stops before a level once
    /// <paramref name="stopAt"/> is reached.
    /// </summary>
    public IReadOnlyDictionary<string, int> Walk(string root, WalkSpec spec, int maxDepth, string? stopAt)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_ids.TryGetValue(root, out var rootId)) return result;
        var stopId = stopAt is not null && _ids.TryGetValue(stopAt, out var s) ? s : -1;
        var (depth, order) = WalkIds(rootId, spec, maxDepth, stopId);
        foreach (var id in order)
            if (_documents[id] is not null) result[_keys[id]] = depth[id];
        return result;
    }

    /// <summary>The walk over ids: each reached id's depth (-1 when not reached) and the ids in the order reached.</summary>
    private (int[] Depth, List<int> Order) WalkIds(int rootId, WalkSpec spec, int maxDepth, int stopId)
    {
        var inward = TypeMask(spec.Inward);
        var outward = TypeMask(spec.Outward);
        var both = TypeMask(spec.Both);
        var depth = new int[_keys.Length];
        Array.Fill(depth, -1);
        depth[rootId] = 0;
        var order = new List<int> { rootId };
        var frontier = new List<int> { rootId };
        for (var d = 1; d <= maxDepth && frontier.Count > 0; d++)
        {
            if (stopId >= 0 && depth[stopId] >= 0) break;
            var next = new List<int>();
            foreach (var n in frontier)
            {
                for (var i = _inStart[n]; i < _inStart[n + 1]; i++)
                {
                    var e = _inEdge[i];
                    if (inward[_edgeType[e]] || (both[_edgeType[e]] && _edgeScore[e] >= spec.MinScore)) Visit(_edgeFrom[e]);
                }
                for (var i = _outStart[n]; i < _outStart[n + 1]; i++)
                {
                    var e = _outEdge[i];
                    if (outward[_edgeType[e]] || (both[_edgeType[e]] && _edgeScore[e] >= spec.MinScore)) Visit(_edgeTo[e]);
                }
            }
            frontier = next;

            void Visit(int x)
            {
                if (depth[x] >= 0) return;
                depth[x] = d;
                next.Add(x);
                order.Add(x);
            }
        }
        return (depth, order);
    }

    /// <summary>
    /// A cascade without tasks straight from the index, in the order <see cref="GraphStoreBase.CascadeAsync"/> gives
    /// (documents by depth then key, edges by from, to, type, source) but sorted on ranks computed once per version
    /// instead of comparing keys: a cascade of 68,000 documents spent most of its time in string sorts. Null when the
    /// root is not a stored document.
    /// </summary>
    public async Task<CascadeResult?> CascadeWithoutTasksAsync(string rootKey, CascadeOptions options, Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken ct)
    {
        if (!_ids.TryGetValue(rootKey, out var rootId) || _documents[rootId] is not { } root) return null;
        var spec = WalkSpec.ForCascade(options);
        var (depth, order) = WalkIds(rootId, spec, options.MaxDepth, -1);
        var rank = Ranks();
        var docIds = order.Where(id => _documents[id] is not null).ToArray();
        Array.Sort(docIds, (a, b) => depth[a] != depth[b] ? depth[a].CompareTo(depth[b]) : rank.Key[a].CompareTo(rank.Key[b]));
        var nodes = docIds.Select(id => new CascadeNode(_documents[id]!, depth[id])).ToList();

        var mask = TypeMask(spec.AllTypes);
        var inSet = new bool[_keys.Length];
        foreach (var id in docIds) inSet[id] = true;
        var edgeIds = new List<int>();
        foreach (var n in docIds)
            for (var i = _outStart[n]; i < _outStart[n + 1]; i++)
            {
                var e = _outEdge[i];
                if (mask[_edgeType[e]] && inSet[_edgeTo[e]]) edgeIds.Add(e);
            }
        var objects = await EdgesAsync(edgeIds, open, ct);
        var admitted = Enumerable.Range(0, edgeIds.Count).Where(i => spec.Admits(objects[i])).ToArray();
        Array.Sort(admitted, (x, y) =>
        {
            int a = edgeIds[x], b = edgeIds[y];
            var c = rank.Key[_edgeFrom[a]].CompareTo(rank.Key[_edgeFrom[b]]);
            if (c == 0) c = rank.Key[_edgeTo[a]].CompareTo(rank.Key[_edgeTo[b]]);
            if (c == 0) c = rank.Type[_edgeType[a]].CompareTo(rank.Type[_edgeType[b]]);
            if (c == 0) c = string.CompareOrdinal(objects[x].Evidence.Source, objects[y].Evidence.Source);
            return c;
        });
        return new CascadeResult(root, options, nodes, admitted.Select(i => objects[i]).ToList(), [], []);
    }

    private (int[] Key, int[] Type)? _ranks;

    /// <summary>Each id's position in ordinal key order and each edge type's in ordinal type order (computed once per version).</summary>
    private (int[] Key, int[] Type) Ranks()
    {
        if (_ranks is { } r) return r;
        var byKey = Enumerable.Range(0, _keys.Length).ToArray();
        Array.Sort(byKey, (a, b) => string.CompareOrdinal(_keys[a], _keys[b]));
        var key = new int[_keys.Length];
        for (var i = 0; i < byKey.Length; i++) key[byKey[i]] = i;
        var byType = Enumerable.Range(0, _types.Length).ToArray();
        Array.Sort(byType, (a, b) => string.CompareOrdinal(_types[a], _types[b]));
        var type = new int[Math.Max(1, _types.Length)];
        for (var i = 0; i < byType.Length; i++) type[byType[i]] = i;
        _ranks = (key, type);
        return (key, type);
    }

    /// <summary>The stored documents among these keys.</summary>
    public IReadOnlyList<DocumentNode> Documents(IEnumerable<string> keys)
    {
        var list = new List<DocumentNode>();
        foreach (var k in keys)
            if (_ids.TryGetValue(k, out var id) && _documents[id] is { } d) list.Add(d);
        return list;
    }

    /// <summary>
    /// The row ids of the Document→Document edges of these types with both ends among the keys (each edge once);
    /// <see cref="EdgesAsync"/> turns them into edges with evidence.
    /// </summary>
    public IReadOnlyList<int> EdgesAmong(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types)
    {
        var mask = TypeMask(types);
        var inSet = new bool[_keys.Length];
        var members = new List<int>(keys.Count);
        foreach (var k in keys)
            if (_ids.TryGetValue(k, out var id) && !inSet[id]) { inSet[id] = true; members.Add(id); }
        var found = new List<int>();
        foreach (var n in members)
            for (var i = _outStart[n]; i < _outStart[n + 1]; i++)
            {
                var e = _outEdge[i];
                if (mask[_edgeType[e]] && inSet[_edgeTo[e]]) found.Add(e);
            }
        return found;
    }

    /// <summary>The edges with their properties, read from the store the first time each is asked for in this version.</summary>
    public async Task<IReadOnlyList<GraphEdge>> EdgesAsync(IReadOnlyList<int> edges, Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken ct)
    {
        var missing = edges.Where(e => _edgeObjects[e] is null).Distinct().ToList();
        if (missing.Count > 0)
        {
            var byRow = new Dictionary<long, int>(missing.Count);
            foreach (var e in missing) byRow[_edgeRow[e]] = e;
            await using var c = await open(ct);
            foreach (var chunk in missing.Chunk(20_000))
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT id, type, from_key, to_key, props FROM edges WHERE id IN (SELECT value FROM json_each($ids))";
                cmd.Parameters.AddWithValue("$ids", "[" + string.Join(',', chunk.Select(e => _edgeRow[e].ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]");
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    using var json = JsonDocument.Parse(r.GetString(4));
                    _edgeObjects[byRow[r.GetInt64(0)]] = GraphEdge.Create(r.GetString(1), r.GetString(2), r.GetString(3), PropertyBag.FromJson(json.RootElement));
                }
            }
            if (missing.FirstOrDefault(e => _edgeObjects[e] is null, -1) is var lost and >= 0)
                throw new InvalidOperationException($"edge row {_edgeRow[lost]} ({_keys[_edgeFrom[lost]]} → {_keys[_edgeTo[lost]]}) vanished from the store while its index was current");
        }
        return edges.Select(e => _edgeObjects[e]!).ToList();
    }

    /// <summary>
    /// For each of these documents, the units its tasks name, each once under the spelling of its first mention in
    /// task order (ordinal, task key, leads before supports, unit key): what coverage needs per document. Read from the
    /// store (<paramref name="read"/>) for documents not yet asked for in this version.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, UnitRef[]>> FirstUnitsAsync(IReadOnlyCollection<string> documents,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<TaskUnit>>> read, CancellationToken ct)
    {
        var missing = documents.Where(k => !_ids.TryGetValue(k, out var id) || _firstUnits[id] is null).Distinct(StringComparer.Ordinal).ToList();
        Dictionary<string, UnitRef[]>? unknown = null;
        if (missing.Count > 0)
        {
            var rows = await read(missing, ct);
            var byDoc = rows.GroupBy(u => u.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var k in missing)
            {
                var units = byDoc.TryGetValue(k, out var list) ? Analysis.DocumentUnits.FirstMentionsOfOne(list) : [];
                if (_ids.TryGetValue(k, out var id)) _firstUnits[id] = units;
                else (unknown ??= new(StringComparer.Ordinal))[k] = units;
            }
        }
        var result = new Dictionary<string, UnitRef[]>(documents.Count, StringComparer.Ordinal);
        foreach (var k in documents)
            result[k] = _ids.TryGetValue(k, out var id) && _firstUnits[id] is { } u ? u : unknown?.GetValueOrDefault(k) ?? [];
        return result;
    }

    /// <summary>Every Document→Document edge's row position, for warming all their properties at once.</summary>
    public IReadOnlyList<int> AllEdges() => Enumerable.Range(0, _edgeFrom.Length).ToArray();

    /// <summary>Keys of the documents whose text was ingested (the ones that can have tasks).</summary>
    public IReadOnlyList<string> IngestedKeys()
    {
        var keys = new List<string>(DocumentCount);
        for (var i = 0; i < _keys.Length; i++) if (_documents[i] is { Ingested: true }) keys.Add(_keys[i]);
        return keys;
    }

    /// <summary>A finished read result of this version, by its request (what was asked, with its options).</summary>
    public bool TryGetResult<T>(string request, out T? result) where T : class
    {
        result = _results.TryGetValue(request, out var r) ? r as T : null;
        return result is not null;
    }

    /// <summary>Keeps a result for this version: at most <paramref name="limit"/> of them (the first ones asked for).</summary>
    public void KeepResult(string request, object result, int limit)
    {
        if (_results.Count < limit) _results.TryAdd(request, result);
    }

    private bool[] TypeMask(IEnumerable<string> types)
    {
        var mask = new bool[Math.Max(1, _types.Length)];
        foreach (var t in types)
        {
            var i = Array.IndexOf(_types, t);
            if (i >= 0) mask[i] = true;
        }
        return mask;
    }
}
