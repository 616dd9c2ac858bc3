using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one request: documents by key, tasks and targets by document, edges around a document.</summary>
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
    /// Relation and SAME_AS edges touching each document. The store reads them one document at a time, so a batch
    /// is one store call per distinct key (still no repeated reads for the same key within a request).
    /// </summary>
    public BatchLoader<string, IReadOnlyList<GraphEdge>> Edges { get; } = new(async (keys, ct) =>
    {
        IReadOnlyCollection<string> types = [.. EdgeType.Relations, EdgeType.SameAs];
        var result = new Dictionary<string, IReadOnlyList<GraphEdge>>(StringComparer.Ordinal);
        foreach (var k in keys) result[k] = (await store.EdgesAroundAsync(k, types, ct)).Order(GraphEdge.Order).ToList();
        return result;
    });

    public BatchLoader<string, string> Texts { get; } = new(async (keys, ct) =>
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in keys)
            if (await store.GetTextAsync(k, ct) is { } text) result[k] = text;
        return result;
    });
}
