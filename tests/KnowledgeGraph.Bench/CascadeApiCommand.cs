using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>cascade-api --data DIR</c>: what the API serves for the cascade of a central directive, over HTTP on 127.0.0.1
/// against an existing embedded store (an e2e store), with 1 and 10 concurrent clients: the first view a client should
/// ask for (counts + the first page of 50 documents), cold (no result cache: walk, documents and edges each call) and
/// cached (per store version), and the full flat answer the UI's cascade view sends today; for the busiest directive
/// and for one with a few thousand documents. Also the first read after opening (the relation index is built) and
/// lookup by code. Results in tests/benchmarks/cascade-api-results.json and the REPORT.md section.
/// </summary>
public static class CascadeApiCommand
{
    private const string PageQuery = """
        query CascadeFirstView($key: String!, $depth: Int) { cascade(key: $key, depth: $depth) {
          root { key code title }
          counts { documents ingested edges byDepth { depth documents } byProvince { value count } byType { value count } }
          documentsPage(first: 50) { totalCount hasNextPage endCursor items { depth document { key code title type province date ingested } } } } }
        """;

    /// <summary>The query api/KnowledgeGraph.Api/ui/src/api.js sends for the cascade view (DOC, EVIDENCE, TASK expanded).</summary>
    private const string UiQuery = """
        query Cascade($key: String!, $depth: Int) { walk: cascade(key: $key, depth: $depth) {
          root { key code type title issuer province date year ingested }
          nodes { depth document { key code type title issuer province date year ingested } }
          edges { type fromKey toKey score evidence { sourceKey start end sentence confidence decidedBy } }
          tasks { key documentKey ordinal text section kind domain deadline { text date recurrence monthDay } lead { key name province } support { key name province } }
          units { key name province level leadTasks supportTasks } } }
        """;

    private const string LookupQuery = """query Lookup($code: String!, $year: Int, $province: String) { documentsByCode(code: $code, year: $year, province: $province) { key code title } }""";

    public sealed record Series(string Root, int Documents, string View, string Cache, int Clients, int Calls, double P50, double P99, double MeanKb, int Failed);

    public sealed record Results(DateTimeOffset Date, string Commit, string Load, int StoreDocuments, double IndexBuildSeconds, int IndexDocuments, int IndexEdges,
        IReadOnlyList<Series> Cascades, double LookupStoreP50, double LookupStoreP99, double LookupHttpP50, double LookupHttpP99, string LoadAfter, string? Note);

    public static Command Build()
    {
        var data = new Option<string>("--data") { Description = "Embedded store folder (an e2e store: graph.db and index/); copy it first, reads leave WAL files", Required = true };
        var depth = new Option<int>("--depth") { Description = "Cascade depth (the UI's default)", DefaultValueFactory = _ => 5 };
        var calls = new Option<int>("--calls") { Description = "Calls per series with 1 client (10 clients: 5 times as many)", DefaultValueFactory = _ => 20 };
        var budget = new Option<int>("--budget") { Description = "Seconds per series; no call starts after it", DefaultValueFactory = _ => 60 };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave REPORT.md alone" };
        var note = new Option<string?>("--note") { Description = "A line added to the report section" };
        var cmd = new Command("cascade-api", "Cascade of a central directive through the API (counts + first page, and the UI's full query), 1 and 10 clients, cold and cached") { data, depth, calls, budget, noReport, note };
        cmd.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data)!;
            var d = parse.GetValue(depth);
            var n1 = parse.GetValue(calls);
            var span = TimeSpan.FromSeconds(parse.GetValue(budget));
            var repo = RepoRoot.Find();
            var loadBefore = MachineInfo.LoadAverage();
            var store = new SqliteGraphStore(folder);
            await store.InitializeAsync(ct);
            var stats = await store.GetStatisticsAsync(ct);

            var candidates = await MostImplementedCentralAsync(folder, 40, ct);
            var sw = Stopwatch.StartNew();
            var busiest = (await store.CascadeAsync(candidates[0], new CascadeOptions { MaxDepth = d, IncludeTasks = false }, ct))!;
            var firstRead = sw.Elapsed.TotalSeconds;
            var info = store.ReadIndexInfo!.Value;
            Console.Error.WriteLine($"first read after opening: {firstRead:0.0} s (relation index built in {info.BuildTime.TotalSeconds:0.0} s: {info.Documents:N0} documents, {info.Edges:N0} edges)");
            var sizes = new List<(string Key, int Size)>();
            foreach (var k in candidates)
                sizes.Add((k, (await store.CascadeAsync(k, new CascadeOptions { MaxDepth = d, IncludeTasks = false }, ct))!.Nodes.Count));
            var largest = sizes.OrderByDescending(s => s.Size).First();
            // "A directive with thousands of implementing documents": the candidate closest to 3,000 within 1,000-10,000.
            var thousands = sizes.Where(s => s.Size is >= 1_000 and <= 10_000).OrderBy(s => Math.Abs(s.Size - 3_000)).FirstOrDefault();
            var roots = new List<(string Key, int Size)> { largest };
            if (thousands.Key is not null) roots.Insert(0, thousands);
            Console.Error.WriteLine("roots: " + string.Join(", ", roots.Select(r => $"{r.Key} ({r.Size:N0} documents)")));

            await using var server = await KgServer.StartAsync(store, new KgServerOptions
            {
                Urls = "http://127.0.0.1:0",
                IndexFolder = Path.Combine(folder, "index"),
                Limits = new ApiLimits { RateLimitPermits = 0 },
            });
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            var url = server.GraphQLAddress;
            var series = new List<Series>();
            foreach (var (key, size) in roots)
            {
                foreach (var cached in new[] { false, true })
                {
                    store.ResultCacheEnabled = cached;
                    foreach (var clients in new[] { 1, 10 })
                        series.Add(await MeasureAsync(http, url, PageQuery, key, size, d, "counts + first page of 50", cached, clients, clients == 1 ? n1 : 5 * n1, span));
                }
                store.ResultCacheEnabled = false;
                // The UI's full answer: a few calls only (the busiest is hundreds of MB of JSON).
                var uiCalls = size > 10_000 ? 2 : n1;
                series.Add(await MeasureAsync(http, url, UiQuery, key, size, d, "UI cascade view (all nodes, edges, tasks, units)", false, 1, uiCalls, span));
                if (size <= 10_000)
                    series.Add(await MeasureAsync(http, url, UiQuery, key, size, d, "UI cascade view (all nodes, edges, tasks, units)", false, 10, 5 * n1, span));
                store.ResultCacheEnabled = true;
            }

            var sample = await SampleCodesAsync(folder, 300, ct);
            var lookupStore = await Latency.MeasureAsync("lookup", sample, 1, async s => { await store.FindByCodeAsync(s.Code, s.Year, s.Province, ct); });
            var lookupHttp = await Latency.MeasureAsync("lookup http", sample, 1, async s => { await PostAsync(http, url, LookupQuery, new { code = s.Code, year = s.Year, province = s.Province }); });

            var m = MachineInfo.Read(repo);
            var results = new Results(m.Date, m.Commit, loadBefore, (int)stats.IngestedDocuments, info.BuildTime.TotalSeconds, info.Documents, info.Edges, series,
                lookupStore.P50, lookupStore.P99, lookupHttp.P50, lookupHttp.P99, MachineInfo.LoadAverage(), parse.GetValue(note));
            var section = Report(results, m, firstRead);
            Console.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                File.WriteAllText(Path.Combine(repo, "tests", "benchmarks", "cascade-api-results.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
                ReportFile.UpdateSection(Path.Combine(repo, "tests", "benchmarks", "REPORT.md"), "cascade-api", section);
                Console.WriteLine("updated tests/benchmarks/REPORT.md and cascade-api-results.json");
            }
            return 0;
        });
        return cmd;
    }

    private static async Task<Series> MeasureAsync(HttpClient http, Uri url, string query, string key, int size, int depth, string view, bool cached, int clients, int calls, TimeSpan budget)
    {
        long bytes = 0;
        var failed = 0;
        if (cached) await PostAsync(http, url, query, new { key, depth }); // fills the cache: the series times repeated asks
        // A call the server gives up on (its request time limit) is timed as it happened and counted as failed.
        var lat = await Latency.MeasureAsync(view, Enumerable.Repeat(key, calls).ToList(), clients, async k =>
        {
            try { Interlocked.Add(ref bytes, await PostAsync(http, url, query, new { key = k, depth })); }
            catch (InvalidOperationException e) when (e.Message.StartsWith("HTTP 504", StringComparison.Ordinal)) { Interlocked.Increment(ref failed); }
        }, budget);
        var ok = lat.Count - failed;
        var s = new Series(key, size, view, cached ? "cached" : "cold", clients, lat.Count, lat.P50, lat.P99, ok == 0 ? 0 : bytes / 1024.0 / ok, failed);
        Console.Error.WriteLine($"{key} ({size:N0}) {view}, {s.Cache}, {clients} clients: {lat.Count} calls ({failed} timed out), p50 {lat.P50:0.0} ms, p99 {lat.P99:0.0} ms, {s.MeanKb:N0} KB");
        return s;
    }

    /// <summary>Posts a query and reads the whole answer; fails on a GraphQL error (a fast wrong answer must not count).</summary>
    private static async Task<long> PostAsync(HttpClient http, Uri url, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync(url, new { query, variables });
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(400, body.Length)))}");
        return body.LongLength;
    }

    /// <summary>The central (province-less) documents with the most incoming IMPLEMENTS / BASED_ON edges, most first.</summary>
    internal static async Task<IReadOnlyList<string>> MostImplementedCentralAsync(string folder, int count, CancellationToken ct)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(folder, KnowledgeGraph.Graph.GraphDataPaths.SqliteFileName)};Mode=ReadOnly");
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT e.to_key, count(*) FROM edges e JOIN nodes n ON n.label = 'Document' AND n.key = e.to_key
            WHERE e.type IN ('IMPLEMENTS', 'BASED_ON') AND e.to_label = 'Document' AND n.province_key IS NULL
            GROUP BY e.to_key ORDER BY 2 DESC, 1 LIMIT $n
            """;
        cmd.Parameters.AddWithValue("$n", count);
        var keys = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) keys.Add(r.GetString(0));
        return keys;
    }

    private sealed record CodeSample(string Code, int? Year, string? Province);

    private static async Task<IReadOnlyList<CodeSample>> SampleCodesAsync(string folder, int count, CancellationToken ct)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(folder, KnowledgeGraph.Graph.GraphDataPaths.SqliteFileName)};Mode=ReadOnly");
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT json_extract(props, '$.code'), json_extract(props, '$.year'), json_extract(props, '$.province') FROM nodes
            WHERE label = 'Document' AND json_extract(props, '$.code') IS NOT NULL AND abs(random()) % 100 = 0 LIMIT $n
            """;
        cmd.Parameters.AddWithValue("$n", count);
        var list = new List<CodeSample>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new CodeSample(r.GetString(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2)));
        return list;
    }

    private static string Report(Results r, MachineInfo m, double firstRead)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Cascade through the API (`cascade-api`)");
        sb.AppendLine();
        sb.AppendLine("    dotnet run -c Release --project tests/KnowledgeGraph.Bench -- cascade-api --data DIR [--depth 5] [--calls 20] [--budget 60]");
        sb.AppendLine();
        sb.AppendLine(c, $"{r.Date:yyyy-MM-dd HH:mm} UTC, commit {r.Commit}; {m.Cores} cores, {m.Cpu}, {m.Memory}; {m.Os}; {m.Runtime}; load average {r.Load} at the start, {r.LoadAfter} at the end.");
        sb.AppendLine();
        sb.AppendLine(c, $"Embedded store with {r.StoreDocuments:N0} ingested synthetic documents (the e2e store), served by the real server on 127.0.0.1 (GraphQL over HTTP, JSON read whole by the client). First read after opening the store: {firstRead:0.0} s, of which the relation index build (every document node and {r.IndexEdges:N0} Document→Document edges read once; rebuilt after any write) {r.IndexBuildSeconds:0.0} s. Depth 5 (the UI's default). \"cold\": no result cache (each call walks the index, reads the documents and the edges with their evidence, sorts, counts); \"cached\": the cascade kept for the store version (emptied by any write). Roots: the central document with the most documents in its cascade, and the one of the 40 most implemented whose cascade is closest to 3,000 documents.");
        if (r.Note is { } note) { sb.AppendLine(); sb.AppendLine(note); }
        sb.AppendLine();
        sb.AppendLine("| root (documents in cascade) | what the client asks | cache | clients | calls | timed out (server limit 30 s) | p50 ms | p99 ms | KB per answer | target p99 |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in r.Cascades)
            sb.AppendLine(c, $"| {s.Root} ({s.Documents:N0}) | {s.View} | {s.Cache} | {s.Clients} | {s.Calls} | {s.Failed} | {s.P50:0.0} | {s.P99:0.0} | {s.MeanKb:N0} | {(s.Clients == 10 ? "< 200 ms" : "")} |");
        sb.AppendLine();
        sb.AppendLine(c, $"Lookup by code (300 sampled documents, code + year + province), 1 client: store p50 {r.LookupStoreP50:0.00} ms, p99 {r.LookupStoreP99:0.00} ms; through HTTP p50 {r.LookupHttpP50:0.00} ms, p99 {r.LookupHttpP99:0.00} ms (target p99 < 10 ms).");
        return sb.ToString();
    }
}
