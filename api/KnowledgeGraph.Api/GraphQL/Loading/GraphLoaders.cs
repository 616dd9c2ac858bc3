using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one request: documents by key, tasks and targets by document, edges around documents, texts.</summary>
public sealed class GraphLoaders(IGraphStore store)
{
    public BatchLoader<string, DocumentNode> Documents { get; } = new(async (keys, ct) =>
        (await store.GetDocumentsAsync(keys, ct)).ToDictionary(d => d.Key, StringComparer.Ordinal));

    public BatchLoader<string, IReadOnlyList<TaskInfo>> Tasks { get; } = new(async (keys, ct) =>
    {
        var tasks = await store.TasksOfDocumentsAsync(keys, ct);
        var byDoc = tasks.GroupBy(t => t.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TaskInfo>)g.OrderBy(t => t.Ordinal).ToList(), StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k => byDoc.GetValueOrDefault(k) ?? [], StringComparer.Ordinal);
    });

    /// <summary>Chỉ tiêu (targets) by document, in document order.</summary>
    public BatchLoader<string, IReadOnlyList<TargetInfo>> Targets { get; } = new(async (keys, ct) =>
    {
        var byDoc = (await store.TargetsOfDocumentsAsync(keys, ct)).GroupBy(t => t.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TargetInfo>)g.OrderBy(t => t.Ordinal).ToList(), StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k => byDoc.GetValueOrDefault(k) ?? [], StringComparer.Ordinal);
    });

    /// <summary>
    /// Relation and SAME_AS edges touching each document, in <see cref="GraphEdge.Order"/>: one store call per batch.
    /// An edge between two documents of the batch belongs to both.
    /// </summary>
    public BatchLoader<string, IReadOnlyList<GraphEdge>> Edges { get; } = new(async (keys, ct) =>
    {
        IReadOnlyCollection<string> types = [.. EdgeType.Relations, EdgeType.SameAs];
        var byKey = keys.ToDictionary(k => k, _ => new List<GraphEdge>(), StringComparer.Ordinal);
        foreach (var e in await store.EdgesAroundManyAsync(keys, types, ct))
        {
            if (byKey.TryGetValue(e.From, out var from)) from.Add(e);
            if (e.To != e.From && byKey.TryGetValue(e.To, out var to)) to.Add(e);
        }
        return byKey.ToDictionary(p => p.Key, p => (IReadOnlyList<GraphEdge>)p.Value.Order(GraphEdge.Order).ToList(), StringComparer.Ordinal);
    });

    /// <summary>Texts of ingested documents (null for cited-only ones): one store call per batch.</summary>
    public BatchLoader<string, string> Texts { get; } = new(async (keys, ct) => await store.GetTextsAsync(keys, ct));
}
