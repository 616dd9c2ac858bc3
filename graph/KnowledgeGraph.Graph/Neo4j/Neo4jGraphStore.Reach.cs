using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;

namespace KnowledgeGraph.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The documents a cascade reaches, with their depth, without reading them: the walk alone (one statement per
    /// depth). Benchmarks set it against the whole cascade to tell the walk's cost from the answer's.
    /// </summary>
    public Task<IReadOnlyDictionary<string, int>> ReachAsync(string rootKey, CascadeOptions options, CancellationToken ct = default)
    {
        options.Validate();
        return WalkAsync(rootKey, WalkSpec.ForCascade(options), options.MaxDepth, null, ct);
    }
}
