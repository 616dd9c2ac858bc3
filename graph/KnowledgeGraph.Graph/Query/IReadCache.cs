namespace KnowledgeGraph.Graph.Query;

/// <summary>
/// A store that keeps finished read results for as long as nothing is written (the embedded store: per store version,
/// emptied by any commit). Analyses ask it by a key naming the question (root and options); a store without one
/// answers every time.
/// </summary>
public interface IReadCache
{
    /// <summary>The result kept under <paramref name="request"/> for the current store version, else <paramref name="compute"/>d and kept.</summary>
    Task<T?> GetOrComputeAsync<T>(string request, Func<Task<T?>> compute, CancellationToken ct = default) where T : class;
}
