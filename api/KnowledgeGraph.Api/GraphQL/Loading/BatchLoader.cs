using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>
/// A small per-request data loader (GraphQL.DataLoader is not available here). Resolvers call <see cref="Load"/>
/// and return the <see cref="IDataLoaderResult{T}"/>; GraphQL.NET resolves every field of a level before it asks
/// any pending result for its value, so all keys asked for on that level are fetched in one call of the batch function.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _sync = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Calls of the batch function so far (tests count them).</summary>
    public int Batches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_sync)
        {
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        lock (_sync)
        {
            if (_loaded.TryGetValue(key, out var done)) return done;
        }
        await _gate.WaitAsync(ct);
        try
        {
            List<TKey> batch;
            lock (_sync)
            {
                if (_loaded.TryGetValue(key, out var done)) return done;
                batch = [.. _pending];
                _pending.Clear();
                if (!batch.Contains(key)) batch.Add(key);
            }
            Batches++;
            var found = await fetch(batch, ct);
            lock (_sync)
            {
                foreach (var k in batch) _loaded[k] = found.TryGetValue(k, out var v) ? v : default;
                return _loaded[key];
            }
        }
        finally { _gate.Release(); }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
