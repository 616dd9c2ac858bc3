namespace KnowledgeGraph.Graph.Query;

/// <summary>
/// A store whose large reads depend on structures built after each write (the embedded store's relation index and
/// the units of every document): a server calls <see cref="WarmAsync"/> in the background so that the first analyst
/// after an ingest does not pay the build.
/// </summary>
public interface IReadWarmer
{
    /// <summary>
    /// Builds what the current store version's reads need when the version has not changed for <paramref name="settle"/>
    /// (so a running ingest, which commits every few seconds, is not chased). True when it built something.
    /// </summary>
    Task<bool> WarmAsync(TimeSpan settle, CancellationToken ct = default);
}
