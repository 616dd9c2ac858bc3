using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>Batched reads for the API's loaders: one statement each, whatever the number of documents.</summary>
public sealed partial class Neo4jGraphStore
{
    public override async Task<IReadOnlyList<GraphEdge>> EdgesAroundManyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct = default)
    {
        if (keys.Count == 0 || types.Count == 0) return [];
        return Edges(await ReadAsync(C.EdgesAroundMany.With(("keys", keys.Distinct(StringComparer.Ordinal).ToList()), ("types", types)), ct));
    }

    public override async Task<IReadOnlyDictionary<string, string>> GetTextsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0) return texts;
        var result = await ReadAsync(C.GetTexts.With(("keys", keys.Distinct(StringComparer.Ordinal).ToList())), ct);
        foreach (var row in result.Rows)
            if (row[1].ValueKind == JsonValueKind.String) texts[row[0].GetString()!] = row[1].GetString()!;
        return texts;
    }
}
