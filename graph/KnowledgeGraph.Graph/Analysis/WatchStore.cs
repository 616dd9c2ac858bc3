using System.Text.Json;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// Theo dõi (watch): a saved query "documents carrying out ROOT (in PROVINCE)". <see cref="Found"/> holds every
/// matching document key with when it was first found; <see cref="Seen"/> those the user has looked at.
/// </summary>
public sealed record Watch(string Id, string Root, string? Province, DateTimeOffset Created, DateTimeOffset? Evaluated,
    IReadOnlyDictionary<string, DateTimeOffset> Found, IReadOnlyList<string> Seen)
{
    /// <summary>Documents found and not yet marked seen, by key.</summary>
    public IReadOnlyList<string> New => Found.Keys.Except(Seen, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// Saved watches in one JSON file (watches.json in the data folder), rewritten atomically (temp file + rename).
/// Re-evaluated after every ingest by the ingest verb and the ingest mutation.
/// </summary>
public sealed class WatchStore(string dataFolder)
{
    public const string FileName = "watches.json";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Path { get; } = System.IO.Path.Combine(dataFolder, FileName);

    public async Task<IReadOnlyList<Watch>> ListAsync(CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try { return await ReadAsync(ct); }
        finally { Gate.Release(); }
    }

    /// <summary>Saves a watch and evaluates it at once (what exists now counts as found; mark it seen to start from zero).</summary>
    public async Task<Watch> CreateAsync(IGraphStore store, string rootKey, string? province, CancellationToken ct = default)
    {
        if (province is not null && ProvinceMap.Successor(province) is null)
            throw new ArgumentException($"province '{province}' is not one of the 63 provinces before 2025 or the 34 after");
        if (await store.GetDocumentAsync(rootKey, ct) is null) throw new ArgumentException($"document '{rootKey}' is not in the graph");
        var watch = new Watch(Guid.NewGuid().ToString("N")[..12], rootKey, province is null ? null : ProvinceMap.Successor(province),
            DateTimeOffset.UtcNow, null, new Dictionary<string, DateTimeOffset>(), []);
        watch = await EvaluateOneAsync(store, watch, ct);
        await UpdateAsync(all => [.. all, watch], ct);
        return watch;
    }

    /// <summary>Re-evaluates every watch against the store (after an ingest); returns them.</summary>
    public async Task<IReadOnlyList<Watch>> EvaluateAllAsync(IGraphStore store, CancellationToken ct = default)
    {
        var current = await ListAsync(ct);
        if (current.Count == 0) return current;
        var evaluated = new Dictionary<string, Watch>(StringComparer.Ordinal);
        foreach (var w in current) evaluated[w.Id] = await EvaluateOneAsync(store, w, ct);
        return await UpdateAsync(all => all.Select(w => evaluated.TryGetValue(w.Id, out var e) ? e with { Seen = w.Seen } : w).ToList(), ct);
    }

    /// <summary>Marks everything found so far as seen; null when no watch has this id.</summary>
    public async Task<Watch?> MarkSeenAsync(string id, CancellationToken ct = default)
    {
        Watch? marked = null;
        await UpdateAsync(all => all.Select(w => w.Id != id ? w : marked = w with { Seen = w.Found.Keys.Order(StringComparer.Ordinal).ToList() }).ToList(), ct);
        return marked;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        var removed = false;
        await UpdateAsync(all => { removed = all.Any(w => w.Id == id); return all.Where(w => w.Id != id).ToList(); }, ct);
        return removed;
    }

    private static async Task<Watch> EvaluateOneAsync(IGraphStore store, Watch w, CancellationToken ct)
    {
        var coverage = await new CascadeAnalyst(store).CoverageAsync(w.Root, null, CascadeAnalyst.DefaultDepth, ct);
        var now = DateTimeOffset.UtcNow;
        var found = new Dictionary<string, DateTimeOffset>(w.Found, StringComparer.Ordinal);
        foreach (var p in coverage?.Provinces ?? [])
            if (w.Province is null || p.Province == w.Province)
                foreach (var e in p.Evidence) found.TryAdd(e.Document.Key, now);
        return w with { Evaluated = now, Found = found };
    }

    private async Task<IReadOnlyList<Watch>> UpdateAsync(Func<IReadOnlyList<Watch>, IReadOnlyList<Watch>> change, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var next = change(await ReadAsync(ct));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temp = Path + ".tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(next, Json), ct);
            File.Move(temp, Path, overwrite: true);
            return next;
        }
        finally { Gate.Release(); }
    }

    private async Task<IReadOnlyList<Watch>> ReadAsync(CancellationToken ct)
    {
        if (!File.Exists(Path)) return [];
        try { return JsonSerializer.Deserialize<List<Watch>>(await File.ReadAllTextAsync(Path, ct), Json) ?? []; }
        catch (JsonException e) { throw new InvalidOperationException($"{Path} is not a watch file this version wrote: {e.Message}", e); }
    }
}
