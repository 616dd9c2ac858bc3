using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>Set-based reads that answer from a few columns instead of parsing whole nodes in .NET.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Driven from the key list (CROSS JOIN keeps that order): one seek on nodes_owner per document, one on edges_from
    /// per task; SQLite's json_extract reads the few fields, so the task texts never reach .NET.
    /// </summary>
    public override async Task<IReadOnlyList<TaskUnit>> TaskUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (documentKeys.Count == 0) return [];
        var rows = new List<TaskUnit>();
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, SqliteQueries.TaskUnits, ("$keys", Json(documentKeys)));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var unit = r.GetString(4);
            rows.Add(new TaskUnit(r.GetString(0), r.IsDBNull(1) ? 0 : (int)r.GetDouble(1), r.GetString(2), r.GetString(3) == EdgeType.Lead,
                new UnitRef(unit, r.IsDBNull(5) ? unit : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6))));
        }
        return rows;
    }
}
