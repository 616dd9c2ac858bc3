using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Bench;

/// <summary>Throughput and p99 latency of one operation, through HTTP+GraphQL (autocannon) and against the store directly.</summary>
public sealed record ApiOperationResult(string Name, string Query, double HttpRps, double HttpP50Ms, double HttpP99Ms, long HttpErrors,
    double StoreRps, double StoreP50Ms, double StoreP99Ms);

public sealed record ApiBenchResult(int Documents, int Connections, int Seconds, string Autocannon, IReadOnlyList<ApiOperationResult> Operations);

/// <summary>
/// Loads seeds + corpus into a temporary embedded store, starts the real server on 127.0.0.1, and for each operation
/// runs autocannon (a second process, from tests/clients) against /graphql, then the same store calls in-process with
/// the same concurrency and duration. The ratio of the two is the cost of HTTP + GraphQL (+ JSON) over the store.
/// </summary>
public static class ApiBenchmark
{
    public static async Task<ApiBenchResult> RunAsync(IReadOnlyList<string> folders, int connections, int seconds, TextWriter log)
    {
        await using var corpus = await BenchCorpusStore.LoadAsync(folders, "api", log);
        var store = corpus.Store;
        _ = (await store.FindByCodeAsync("27-CT/TW", 2023)).Single(); // the lookup below must find exactly one
        var cascadeOptions = new CascadeOptions { MaxDepth = 3 };
        var (root, cascade) = await DeepestCascadeAsync(store, cascadeOptions);
        var rootName = root.Code ?? (root.Title is { Length: > 60 } t ? t[..60] + "…" : root.Title) ?? root.Key;
        log.WriteLine($"3-level cascade root {rootName} ({root.Key}): {cascade.Nodes.Count} documents, {cascade.Edges.Count} edges, {cascade.Tasks.Count} tasks, depth reached {cascade.Nodes.Max(n => n.Depth)}");

        await using var server = await KgServer.StartAsync(store, new KgServerOptions
        {
            Urls = "http://127.0.0.1:0",
            IndexFolder = corpus.IndexFolder,
            Limits = new ApiLimits { RateLimitPermits = 0 },
        });
        var url = server.GraphQLAddress.ToString();
        var operations = new List<ApiOperationResult>();

        const string lookup = """query Lookup($code: String!, $year: Int) { document(code: $code, year: $year) { key code type title issuer date ingested } }""";
        operations.Add(await MeasureAsync("document lookup by code", lookup, new { code = "27-CT/TW", year = 2023 }, url, connections, seconds, log,
            async () => { var d = await store.FindByCodeAsync("27-CT/TW", 2023); if (d.Count != 1) throw new InvalidOperationException("lookup"); }));

        const string walk = """
            query Cascade($key: String!) { cascade(key: $key, depth: 3) {
              nodes { depth document { key code title } } edges { type fromKey toKey evidence { sentence } } } }
            """;
        operations.Add(await MeasureAsync($"3-level cascade of \"{rootName}\" ({cascade.Nodes.Count} documents, {cascade.Edges.Count} edges)", walk, new { key = root.Key }, url, connections, seconds, log,
            async () =>
            {
                // What the resolver does: resolve the key, then walk.
                var r = await store.GetDocumentAsync(root.Key) ?? throw new InvalidOperationException("root");
                _ = await store.CascadeAsync(r.Key, cascadeOptions);
            }));

        // A dashboard's page: nested relations and tasks go through the batch loaders, so the store side is the
        // same four batched reads whatever the page size.
        const string page = """
            query Page { documents(first: 50, ingested: true) { totalCount nodes { key code title
              relationsOut { type toKey } relationsIn { type fromKey } tasks { key lead { key name } deadline { text } } } } }
            """;
        var pageFilter = new DocumentFilter { Ingested = true };
        IReadOnlyCollection<string> edgeTypes = [.. EdgeType.Relations, EdgeType.SameAs];
        operations.Add(await MeasureAsync("page of 50 documents with relations both ways and tasks", page, new { }, url, connections, seconds, log,
            async () =>
            {
                var p = await store.ListDocumentsAsync(pageFilter, null, 50);
                var pageKeys = p.Items.Select(d => d.Key).ToList();
                _ = await store.CountDocumentsAsync(pageFilter);
                _ = await store.EdgesAroundManyAsync(pageKeys, edgeTypes);
                _ = await store.TasksOfDocumentsAsync(pageKeys);
            }));
        return new ApiBenchResult(corpus.Documents, connections, seconds, AutocannonVersion(), operations);
    }

    /// <summary>
    /// The ingested document whose 3-step cascade reaches depth 3 with the most documents (ties: smallest key), so
    /// the benchmark walks three real levels; falls back to the deepest cascade when none reaches 3.
    /// </summary>
    private static async Task<(DocumentNode Root, CascadeResult Cascade)> DeepestCascadeAsync(IGraphStore store, CascadeOptions options)
    {
        (DocumentNode, CascadeResult)? best = null;
        string? cursor = null;
        do
        {
            var page = await store.ListDocumentsAsync(new DocumentFilter(), cursor, 200);
            foreach (var d in page.Items)
            {
                var c = (await store.CascadeAsync(d.Key, options))!;
                var depth = c.Nodes.Max(n => n.Depth);
                if (best is not { } b || (depth, c.Nodes.Count).CompareTo((b.Item2.Nodes.Max(n => n.Depth), b.Item2.Nodes.Count)) > 0)
                    best = (d, c);
            }
            cursor = page.NextCursor;
        } while (cursor is not null);
        return best ?? throw new InvalidOperationException("the store holds no documents");
    }

    private static async Task<ApiOperationResult> MeasureAsync(string name, string query, object variables, string url, int connections, int seconds,
        TextWriter log, Func<Task> direct)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        // Warm up both paths (JIT, SQLite page cache, GraphQL document cache) before measuring.
        await RunAutocannonAsync(url, body, connections, 2);
        var http = await RunAutocannonAsync(url, body, connections, seconds);
        var store = await RunDirectAsync(direct, connections, TimeSpan.FromSeconds(2));
        store = await RunDirectAsync(direct, connections, TimeSpan.FromSeconds(seconds));
        var result = new ApiOperationResult(name, query, http.Rps, http.P50, http.P99, http.Errors, store.Rps, store.P50, store.P99);
        log.WriteLine($"{name}: HTTP {http.Rps:0} req/s p99 {http.P99:0.0} ms ({http.Errors} errors); store {store.Rps:0} calls/s p99 {store.P99:0.00} ms");
        return result;
    }

    private static async Task<(double Rps, double P50, double P99, long Errors)> RunAutocannonAsync(string url, string body, int connections, int seconds)
    {
        var json = await NodeClient.RunJsonAsync(Path.Combine("node_modules", "autocannon", "autocannon.js"),
            ["--json", "-c", connections.ToString(), "-d", seconds.ToString(), "-m", "POST",
             "-H", "content-type=application/json", "-H", "accept=application/graphql-response+json", "-b", body, url]);
        var latency = json.GetProperty("latency");
        var errors = json.GetProperty("errors").GetInt64() + json.GetProperty("non2xx").GetInt64() + json.GetProperty("timeouts").GetInt64();
        return (json.GetProperty("requests").GetProperty("average").GetDouble(), latency.GetProperty("p50").GetDouble(), latency.GetProperty("p99").GetDouble(), errors);
    }

    /// <summary>The store call on <paramref name="connections"/> concurrent loops for the duration: calls/s and latency percentiles.</summary>
    private static async Task<(double Rps, double P50, double P99)> RunDirectAsync(Func<Task> call, int connections, TimeSpan duration)
    {
        var latencies = new List<double>[connections];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await call();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        double Pct(double p) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        return (all.Count / watch.Elapsed.TotalSeconds, Pct(0.50), Pct(0.99));
    }

    private static string AutocannonVersion()
    {
        var package = Path.Combine(NodeClient.Folder, "node_modules", "autocannon", "package.json");
        return File.Exists(package) ? JsonDocument.Parse(File.ReadAllText(package)).RootElement.GetProperty("version").GetString()! : "?";
    }
}
