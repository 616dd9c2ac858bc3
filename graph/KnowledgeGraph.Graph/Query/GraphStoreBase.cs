using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Graph.Query;

/// <summary>
/// What both stores share: cascade assembly, path reconstruction, deadline filtering and fingerprints, built on a
/// few primitive reads each store implements in its own query language. Keeping this logic in one place is what
/// lets one contract suite hold both stores to identical answers.
/// </summary>
public abstract class GraphStoreBase : IGraphStore
{
    public abstract string Description { get; }
    public abstract Task InitializeAsync(CancellationToken ct = default);
    public abstract Task<UpsertResult> UpsertDocumentAsync(DocumentRecord document, CancellationToken ct = default);
    public abstract Task<BatchUpsertResult> UpsertDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct = default);
    public abstract Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(string code, int? year = null, string? province = null, CancellationToken ct = default);
    public abstract Task<DocumentPage> ListDocumentsAsync(DocumentFilter filter, string? cursor = null, int limit = 50, CancellationToken ct = default);
    public abstract IAsyncEnumerable<StoredText> EnumerateTextsAsync(CancellationToken ct = default);
    public abstract Task<GraphStatistics> GetStatisticsAsync(CancellationToken ct = default);
    public abstract Task<GraphSnapshot> ExportSnapshotAsync(CancellationToken ct = default);
    public abstract Task ClearAsync(CancellationToken ct = default);
    public abstract ValueTask DisposeAsync();

    // ---- primitives ----

    /// <summary>Minimum depth of every document reachable from <paramref name="root"/> (root at 0); may stop once <paramref name="stopAt"/> is reached.</summary>
    protected abstract Task<IReadOnlyDictionary<string, int>> WalkAsync(string root, WalkSpec spec, int maxDepth, string? stopAt, CancellationToken ct);

    public abstract Task<IReadOnlyList<DocumentNode>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    public abstract Task<string?> GetTextAsync(string key, CancellationToken ct = default);

    /// <summary>Document→Document edges of these types with both ends among <paramref name="keys"/>.</summary>
    protected abstract Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct);

    /// <summary>Document→Document edges of these types touching <paramref name="key"/>, either direction.</summary>
    public abstract Task<IReadOnlyList<GraphEdge>> EdgesAroundAsync(string key, IReadOnlyCollection<string> types, CancellationToken ct = default);

    public abstract Task<IReadOnlyList<GraphEdge>> EdgesAroundManyAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> types, CancellationToken ct = default);

    public abstract Task<IReadOnlyDictionary<string, string>> GetTextsAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    public abstract Task<long> CountDocumentsAsync(DocumentFilter filter, CancellationToken ct = default);

    public abstract Task<IReadOnlyList<TaskInfo>> TasksOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);

    public abstract Task<IReadOnlyList<TargetInfo>> TargetsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default);

    /// <summary>
    /// The units the tasks of these documents name, one row per task and unit, without the task texts. This default
    /// reads whole tasks; a store may answer it more cheaply.
    /// </summary>
    public virtual async Task<IReadOnlyList<TaskUnit>> TaskUnitsOfDocumentsAsync(IReadOnlyCollection<string> documentKeys, CancellationToken ct = default) =>
        (await TasksOfDocumentsAsync(documentKeys, ct))
            .SelectMany(t => t.Lead.Select(u => new TaskUnit(t.Document, t.Ordinal, t.Key, true, u))
                .Concat(t.Support.Select(u => new TaskUnit(t.Document, t.Ordinal, t.Key, false, u))))
            .ToList();

    protected abstract Task<IReadOnlyList<TaskInfo>> TasksNamingUnitAsync(string unitKey, CancellationToken ct);

    protected abstract Task<IReadOnlyList<UnitNode>> GetUnitsAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    // ---- shared ----

    public async Task<DocumentNode?> GetDocumentAsync(string key, CancellationToken ct = default) =>
        (await GetDocumentsAsync([key], ct)).FirstOrDefault();

    public virtual async Task<CascadeResult?> CascadeAsync(string rootKey, CascadeOptions options, CancellationToken ct = default)
    {
        options.Validate();
        var root = await GetDocumentAsync(rootKey, ct);
        if (root is null) return null;
        var spec = WalkSpec.ForCascade(options);
        var depths = await WalkAsync(rootKey, spec, options.MaxDepth, null, ct);
        var keys = depths.Keys.ToList();

        var docs = (await GetDocumentsAsync(keys, ct)).ToDictionary(d => d.Key, StringComparer.Ordinal);
        var nodes = depths
            .Where(p => docs.ContainsKey(p.Key))
            .Select(p => new CascadeNode(docs[p.Key], p.Value))
            .OrderBy(n => n.Depth).ThenBy(n => n.Document.Key, StringComparer.Ordinal)
            .ToList();
        var edges = (await EdgesAmongAsync(keys, spec.AllTypes, ct))
            .Where(spec.Admits)
            .Order(GraphEdge.Order)
            .ToList();
        if (!options.IncludeTasks) return new CascadeResult(root, options, nodes, edges, [], []);
        var tasks = (await TasksOfDocumentsAsync(keys, ct))
            .OrderBy(t => t.Document, StringComparer.Ordinal).ThenBy(t => t.Ordinal)
            .ToList();

        var unitKeys = tasks.SelectMany(t => t.Lead.Concat(t.Support)).Select(u => u.Key).Distinct().ToList();
        // One pass over the tasks (in their order) instead of one per unit: thousands of units × tasks took seconds.
        var lead = TasksByUnit(tasks, t => t.Lead);
        var support = TasksByUnit(tasks, t => t.Support);
        var units = (await GetUnitsAsync(unitKeys, ct))
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new CascadeUnit(u, lead.GetValueOrDefault(u.Key) ?? [], support.GetValueOrDefault(u.Key) ?? []))
            .ToList();
        return new CascadeResult(root, options, nodes, edges, tasks, units);
    }

    /// <summary>For each unit key, the keys of the tasks (in <paramref name="tasks"/> order, each once) whose chosen list names it.</summary>
    private static Dictionary<string, List<string>> TasksByUnit(IReadOnlyList<TaskInfo> tasks, Func<TaskInfo, IReadOnlyList<UnitRef>> units)
    {
        var byUnit = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var t in tasks)
            foreach (var key in units(t).Select(u => u.Key).Distinct(StringComparer.Ordinal))
            {
                if (!byUnit.TryGetValue(key, out var list)) byUnit[key] = list = [];
                list.Add(t.Key);
            }
        return byUnit;
    }

    public async Task<GraphPath?> FindPathAsync(string fromKey, string toKey, PathOptions options, CancellationToken ct = default)
    {
        options.Validate();
        var ends = await GetDocumentsAsync([fromKey, toKey], ct);
        if (ends.All(d => d.Key != fromKey) || ends.All(d => d.Key != toKey)) return null;
        if (fromKey == toKey) return new GraphPath(ends.Take(1).ToList(), []);

        var spec = WalkSpec.ForPath(options);
        var dist = await WalkAsync(fromKey, spec, options.MaxDepth, toKey, ct);
        if (!dist.TryGetValue(toKey, out var d)) return null;

        // Walk back from the target; among equally short predecessors take the smallest key, so every store picks the same path.
        var keys = new List<string> { toKey };
        var hops = new List<PathHop>();
        var current = toKey;
        while (d > 0)
        {
            var around = (await EdgesAroundAsync(current, spec.AllTypes, ct)).Where(spec.Admits).ToList();
            var pred = around
                .Select(e => e.From == current ? e.To : e.From)
                .Where(k => dist.TryGetValue(k, out var kd) && kd == d - 1)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault() ?? throw new InvalidOperationException($"path reconstruction lost its way at {current} (distance {d})");
            var pair = around.Where(e => (e.From == pred && e.To == current) || (e.From == current && e.To == pred)).Order(GraphEdge.Order).ToList();
            hops.Insert(0, new PathHop(pred, current, pair));
            keys.Insert(0, pred);
            current = pred;
            d--;
        }
        var docs = (await GetDocumentsAsync(keys, ct)).ToDictionary(x => x.Key, StringComparer.Ordinal);
        return new GraphPath(keys.Select(k => docs[k]).ToList(), hops);
    }

    public async Task<IReadOnlyList<UnitTask>> TasksOfUnitAsync(string unitKey, DeadlineRange? deadlines = null, CancellationToken ct = default)
    {
        var tasks = await TasksNamingUnitAsync(unitKey, ct);
        var docs = (await GetDocumentsAsync(tasks.Select(t => t.Document).Distinct().ToList(), ct)).ToDictionary(d => d.Key, StringComparer.Ordinal);
        return tasks
            .Where(t => docs.ContainsKey(t.Document) && DeadlineMatcher.Matches(t, docs[t.Document], deadlines))
            .Select(t => new UnitTask(t, t.Lead.Any(u => u.Key == unitKey) ? "lead" : "support", docs[t.Document]))
            .OrderBy(t => t.Task.Document, StringComparer.Ordinal).ThenBy(t => t.Task.Ordinal)
            .ToList();
    }

    public async Task<StoreFingerprint> GetFingerprintAsync(CancellationToken ct = default) =>
        (await ExportSnapshotAsync(ct)).Fingerprint();

    /// <summary>Clamps a page size to 1..1000.</summary>
    protected static int PageSize(int limit) => Math.Clamp(limit, 1, 1000);
}
