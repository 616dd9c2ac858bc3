using System.Diagnostics;

namespace KnowledgeGraph.Bench;

/// <summary>Latency samples in milliseconds and their percentiles (nearest rank).</summary>
public sealed record Latency(string Name, int Clients, IReadOnlyList<double> SamplesMs)
{
    public int Count => SamplesMs.Count;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);
    public double Mean => SamplesMs.Count == 0 ? double.NaN : SamplesMs.Average();

    public double Percentile(double p)
    {
        if (SamplesMs.Count == 0) return double.NaN;
        var sorted = SamplesMs.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Runs <paramref name="action"/> over the inputs with <paramref name="clients"/> concurrent callers, timing each call.</summary>
    /// <param name="budget">No new call starts after this (default 20 s): on a slow store the sample is smaller, never endless.</param>
    public static async Task<Latency> MeasureAsync<T>(string name, IReadOnlyList<T> inputs, int clients, Func<T, Task> action, TimeSpan? budget = null)
    {
        var samples = new double[inputs.Count];
        var done = new bool[inputs.Count];
        var next = -1;
        var deadline = Stopwatch.GetTimestamp() + (long)((budget ?? TimeSpan.FromSeconds(20)).TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while (Stopwatch.GetTimestamp() < deadline && (i = Interlocked.Increment(ref next)) < inputs.Count)
            {
                var start = Stopwatch.GetTimestamp();
                await action(inputs[i]);
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                done[i] = true;
            }
        }));
        await Task.WhenAll(tasks);
        return new Latency(name, clients, samples.Where((_, i) => done[i]).ToList());
    }

    /// <summary>Like <see cref="MeasureAsync{T}"/>, with the samples split by a key of each input (interleaved comparisons).</summary>
    public static async Task<IReadOnlyDictionary<TKey, Latency>> MeasureGroupsAsync<T, TKey>(IReadOnlyList<T> inputs, Func<T, TKey> group, int clients, Func<T, Task> action, TimeSpan? budget = null)
        where TKey : notnull
    {
        var byGroup = new System.Collections.Concurrent.ConcurrentDictionary<TKey, System.Collections.Concurrent.ConcurrentBag<double>>();
        await MeasureAsync("groups", inputs, clients, async x =>
        {
            var start = Stopwatch.GetTimestamp();
            await action(x);
            byGroup.GetOrAdd(group(x), _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }, budget);
        return inputs.Select(group).Distinct().ToDictionary(k => k, k => new Latency(k.ToString() ?? "", clients, byGroup.TryGetValue(k, out var b) ? b.ToList() : []));
    }
}

/// <summary>Samples the process's working set while a phase runs; the peak is what "bounded memory" is measured by.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _timer = new Timer(_ => Sample(), null, 0, 100);
    }

    public long PeakBytes { get { Sample(); return Interlocked.Read(ref _peak); } }

    private void Sample()
    {
        using var p = Process.GetCurrentProcess();
        var ws = p.WorkingSet64;
        long seen;
        while ((seen = Interlocked.Read(ref _peak)) < ws && Interlocked.CompareExchange(ref _peak, ws, seen) != seen) { }
    }

    public void Dispose() => _timer.Dispose();
}
