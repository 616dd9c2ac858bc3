using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>Batched reads for the API's loaders: edges around many documents, texts of many documents.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>Keys per statement: bounds the size of one query's key list; a batch of any size takes a few statements.</summary>
    internal const int KeysPerStatement = 500;

    /// <summary>
    /// Driven from the key list (CROSS JOIN keeps that order): one seek on edges_from and one on edges_to per key.
    /// An edge between two of the keys comes back from both sides (and across chunks); the id keeps it once.
    /// </summary>
    private const string EdgesAroundManySql = """
        SELECT e.id, e.type, e.from_key, e.to_key, e.props FROM json_each($keys) j CROSS JOIN edges e ON e.from_key = j.value
        WHERE e.from_label = 'Document' AND e.to_label = 'Document' AND e.type IN (SELECT value FROM json_each($types))
        UNION ALL
        SELECT e.id, e.type, e.from_key, e.to_key, e.props FROM json_each($keys) j CROSS JOIN edges e ON e.to_key = j.value
        WHERE e.to_label = 'Document' AND e.from_label = 'Document' AND e.type IN (SELECT value FROM json_each($types))
        """;

    public override async Task<IReadOnlyList<GraphEdge>> EdgesAroundManyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct = default)
    {
        if (keys.Count == 0 || types.Count == 0) return [];
        var seen = new HashSet<long>();
        var edges = new List<GraphEdge>();
        await using var c = await OpenAsync(ct);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            await using var cmd = Command(c, EdgesAroundManySql, ("$keys", Json(chunk)), ("$types", Json(types)));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                if (seen.Add(r.GetInt64(0)))
                    edges.Add(GraphEdge.Create(r.GetString(1), r.GetString(2), r.GetString(3), Parse(r.GetString(4))));
        }
        return edges;
    }

    public override async Task<IReadOnlyDictionary<string, string>> GetTextsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0) return texts;
        await using var c = await OpenAsync(ct);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            await using var cmd = Command(c, "SELECT key, text FROM texts WHERE key IN (SELECT value FROM json_each($keys))", ("$keys", Json(chunk)));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) texts[r.GetString(0)] = r.GetString(1);
        }
        return texts;
    }
}
