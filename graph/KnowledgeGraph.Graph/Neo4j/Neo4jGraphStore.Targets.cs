using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>Chỉ tiêu (targets): read through their document's HAS_TARGET edges.</summary>
public sealed partial class Neo4jGraphStore
{
    public override async Task<IReadOnlyList<TargetInfo>> TargetsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default)
    {
        if (documentKeys.Count == 0) return [];
        var result = await ReadAsync(C.TargetsOfDocuments.With(("keys", documentKeys.Distinct(StringComparer.Ordinal).ToList())), ct);
        return result.Rows.Select(r => TargetInfo.From(PropertyBag.FromJson(r[0]))).ToList();
    }
}
