using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>Chỉ tiêu (targets): read by their owning document, like tasks (one seek on nodes_owner per document).</summary>
public sealed partial class SqliteGraphStore
{
    public override async Task<IReadOnlyList<TargetInfo>> TargetsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (documentKeys.Count == 0) return [];
        var rows = await QueryPropsAsync("SELECT n.props FROM json_each($keys) j CROSS JOIN nodes n INDEXED BY nodes_owner ON n.label = 'Target' AND n.owner = j.value",
            ct, ("$keys", Json(documentKeys.Distinct(StringComparer.Ordinal))));
        return rows.Select(TargetInfo.From).ToList();
    }
}
