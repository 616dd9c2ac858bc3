using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Api.Server;

namespace KnowledgeGraph.Bench;

/// <summary>One GraphQL request of the soak mix.</summary>
public sealed record SoakRequest(string Name, string Method, string Path, string? Body);

/// <summary>The server's memory at one moment of the soak.</summary>
public sealed record MemorySample(double Second, double WorkingSetMb, double ManagedMb, int Gen2Collections);

/// <summary>What the load generator saw in one 10 s window.</summary>
public sealed record SoakWindow(int Second, long Requests, long Errors, double P50Ms, double P99Ms);

public sealed record SoakResult(int Documents, int Connections, int Seconds, IReadOnlyList<SoakRequest> Mix,
    long Requests, double Rps, long Non2xx, long Errors, long Timeouts, long Mismatches, double P50Ms, double P99Ms, double MaxMs,
    IReadOnlyList<SoakWindow> Windows, IReadOnlyList<MemorySample> Memory,
    double RetainedBeforeMb, double RetainedAfterMb, double WorkingSetBeforeMb, double WorkingSetAfterMb, bool AnswersAfter);

/// <summary>
/// The soak of issue #8: seeds + corpus in the embedded store, the real server on 127.0.0.1, and a second process
/// (tests/clients/soak.mjs, autocannon) sending a mix of GraphQL reads for minutes. The server's working set and
/// managed heap are sampled every 5 s; before and after the load a full collection gives the memory the server
/// retains, so growth under load shows as a difference between the two rather than as GC noise.
/// </summary>
public static class SoakBenchmark
{
    public static async Task<SoakResult> RunAsync(IReadOnlyList<string> folders, int connections, int seconds, TextWriter log)
    {
        await using var corpus = await BenchCorpusStore.LoadAsync(folders, "soak", log);
        var store = corpus.Store;

        await using var server = await KgServer.StartAsync(store, new KgServerOptions
        {
            Urls = "http://127.0.0.1:0",
            IndexFolder = corpus.IndexFolder,
            Limits = new ApiLimits { RateLimitPermits = 0 },
        });
        var mix = Mix();
        var baseUrl = server.BaseAddress.ToString().TrimEnd('/');

        // Warm-up (JIT, caches, thread pool), then the memory the server holds at rest.
        await RunSoakClientAsync(baseUrl, connections, 10, log);
        var (retainedBefore, workingBefore) = RetainedMemory();
        log.WriteLine($"before the soak: {retainedBefore:0.0} MB managed after a full collection, working set {workingBefore:0.0} MB");

        var samples = new List<MemorySample>();
        using var stop = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(Sample(watch.Elapsed.TotalSeconds));
                try { await Task.Delay(TimeSpan.FromSeconds(5), stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var load = await RunSoakClientAsync(baseUrl, connections, seconds, log);
        await stop.CancelAsync();
        await sampler;
        samples.Add(Sample(watch.Elapsed.TotalSeconds));

        var (retainedAfter, workingAfter) = RetainedMemory();
        log.WriteLine($"after the soak: {retainedAfter:0.0} MB managed after a full collection, working set {workingAfter:0.0} MB");
        var answers = await StillAnswersAsync(server.GraphQLAddress);

        return new SoakResult(corpus.Documents, connections, seconds, mix,
            load.GetProperty("requests").GetInt64(), load.GetProperty("rps").GetDouble(), load.GetProperty("non2xx").GetInt64(),
            load.GetProperty("errors").GetInt64(), load.GetProperty("timeouts").GetInt64(), load.GetProperty("mismatches").GetInt64(),
            load.GetProperty("p50").GetDouble(), load.GetProperty("p99").GetDouble(), load.GetProperty("max").GetDouble(),
            load.GetProperty("windows").EnumerateArray().Select(w => new SoakWindow(w.GetProperty("second").GetInt32(),
                w.GetProperty("requests").GetInt64(), w.GetProperty("errors").GetInt64(), w.GetProperty("p50").GetDouble(),
                w.GetProperty("p99").GetDouble())).ToList(),
            samples, retainedBefore, retainedAfter, workingBefore, workingAfter, answers);
    }

    /// <summary>The request mix of tests/clients/soak-mix.json (shared with SoakTests and soak.mjs).</summary>
    public static IReadOnlyList<SoakRequest> Mix()
    {
        var file = Path.Combine(NodeClient.Folder, "soak-mix.json");
        return JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("requests").EnumerateArray()
            .Select(r => new SoakRequest(r.GetProperty("name").GetString()!, r.GetProperty("method").GetString()!,
                r.GetProperty("path").GetString()!, r.GetProperty("body").GetString()))
            .ToList();
    }

    private static MemorySample Sample(double second)
    {
        using var self = Process.GetCurrentProcess();
        return new MemorySample(second, self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0, GC.CollectionCount(2));
    }

    private static (double ManagedMb, double WorkingSetMb) RetainedMemory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(true) / 1048576.0, self.WorkingSet64 / 1048576.0);
    }

    private static async Task<bool> StillAnswersAsync(Uri graphql)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(graphql, new StringContent(
            """{"query":"{ document(code: \"27-CT/TW\", year: 2023) { code } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && body.Contains("27-CT/TW", StringComparison.Ordinal);
    }

    /// <summary>Runs tests/clients/soak.mjs (a second process) and returns its JSON summary.</summary>
    public static async Task<JsonElement> RunSoakClientAsync(string baseUrl, int connections, int seconds, TextWriter log)
    {
        var config = Path.Combine(Path.GetTempPath(), "kg-soak-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { url = baseUrl, connections, seconds }));
        try { return await NodeClient.RunJsonAsync("soak.mjs", [config], log); }
        finally { File.Delete(config); }
    }
}
