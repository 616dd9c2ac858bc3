using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// Analyses of one central document's cascade (coverage, side by side, as of a date), built on
/// <see cref="IGraphStore.CascadeAsync"/>, so the walk runs in each store's own language (recursive CTE, Cypher)
/// and the same contract holds both stores to the same answers.
/// </summary>
public sealed class CascadeAnalyst(IGraphStore store)
{
    /// <summary>Depth used by coverage: central → ministry/government programme → province → department → commune and one more.</summary>
    public const int DefaultDepth = 6;

    /// <summary>The down cascade of the root, or null when the root is unknown.</summary>
    public async Task<(CascadeResult Cascade, IReadOnlyList<CascadeLink> Tree)?> TreeAsync(string rootKey, DateOnly? asOf, int depth, CancellationToken ct)
    {
        var cascade = await store.CascadeAsync(rootKey, new CascadeOptions { Direction = CascadeDirection.Down, MaxDepth = depth }, ct);
        if (cascade is null) return null;
        if (asOf is { } d) cascade = CascadeTree.AsOf(cascade, d);
        return (cascade, CascadeTree.Build(cascade));
    }

    /// <summary>
    /// For each of the 34 provinces: the ingested documents of it (or of a province merged into it in 2025) in the
    /// root's down cascade, with the relation sentence that brought each in, and the units their tasks name.
    /// Reads the cascade without its tasks, then only the task→unit rows of the covered documents (no task texts):
    /// on a dense graph the whole tasks were most of the time.
    /// </summary>
    public Task<CoverageResult?> CoverageAsync(string rootKey, DateOnly? asOf = null, int depth = DefaultDepth, CancellationToken ct = default) =>
        store is Query.IReadCache cache
            ? cache.GetOrComputeAsync($"coverage\u001f{rootKey}\u001f{asOf:yyyy-MM-dd}\u001f{depth}", () => ComputeCoverageAsync(rootKey, asOf, depth, ct), ct)
            : ComputeCoverageAsync(rootKey, asOf, depth, ct);

    private async Task<CoverageResult?> ComputeCoverageAsync(string rootKey, DateOnly? asOf, int depth, CancellationToken ct)
    {
        var cascade = await store.CascadeAsync(rootKey, new CascadeOptions { Direction = CascadeDirection.Down, MaxDepth = depth, IncludeTasks = false }, ct);
        if (cascade is null) return null;
        if (asOf is { } d) cascade = CascadeTree.AsOf(cascade, d);
        var tree = CascadeTree.Build(cascade);
        var byProvince = tree
            .Where(l => l.Depth > 0 && l.Document.Ingested && ProvinceMap.Successor(l.Document.Province) is not null)
            .GroupBy(l => ProvinceMap.Successor(l.Document.Province)!)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Document.Key, StringComparer.Ordinal).ToList());
        var provinceOf = byProvince.SelectMany(p => p.Value.Select(l => (l.Document.Key, Province: p.Key)))
            .ToDictionary(x => x.Key, x => x.Province, StringComparer.Ordinal);
        // The units of a province's documents, each under the spelling of its first mention in task order
        // (document, ordinal, leads before supports, unit key), as when read from whole tasks: per document from the
        // store (the embedded store keeps them per version), then merged in document key order.
        var unitsOfDocument = await DocumentUnits.OfDocumentsAsync(store, provinceOf.Keys.ToList(), ct);
        var unitsByProvince = byProvince.ToDictionary(p => p.Key, p => p.Value.Select(l => l.Document.Key)
            .SelectMany(k => unitsOfDocument.GetValueOrDefault(k) ?? []).DistinctBy(u => u.Key, StringComparer.Ordinal)
            .OrderBy(u => u.Key, StringComparer.Ordinal).ToList());
        var provinces = ProvinceMap.Current.Select(p =>
        {
            var links = byProvince.GetValueOrDefault(p) ?? [];
            return new ProvinceCoverage(p, links.Count > 0, ProvinceMap.Predecessors(p),
                links.Select(Evidence).ToList(), unitsByProvince.GetValueOrDefault(p) ?? []);
        }).ToList();
        return new CoverageResult(cascade.Root, asOf, provinces);
    }

    private static CoverageEvidence Evidence(CascadeLink l) =>
        new(l.Document, l.Depth, l.Parent, l.Edge?.Type, l.Edge?.Evidence.Sentence, l.Edge?.Evidence.Source);
}
