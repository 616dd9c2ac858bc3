using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Bench;

/// <summary>What one <c>neo4j-load</c> run measured (all in the same run, on the same server).</summary>
public sealed record Neo4jLoadResult
{
    public int Documents { get; init; }
    public string Server { get; init; } = "";
    public string Date { get; init; } = "";
    public string Commit { get; init; } = "";
    public string Machine { get; init; } = "";
    public string LoadAverage { get; init; } = "";
    public int BatchDocuments { get; init; }
    public int RowsPerCommit { get; init; }
    // the anchor: bare UNWIND ... MERGE of generated rows, 20,000 rows a statement
    public long AnchorNodes { get; init; }
    public long AnchorRels { get; init; }
    public double AnchorNodeSeconds { get; init; }
    public double AnchorRelSeconds { get; init; }
    // the loader on every document
    public long Nodes { get; init; }
    public long Edges { get; init; }
    public double LoadSeconds { get; init; }
    public double ClientSeconds { get; init; }
    public int Requests { get; init; }
    public int Statements { get; init; }
    public long RequestBytes { get; init; }
    // re-loading the same documents (every document replaced)
    public double ReloadSeconds { get; init; }
    // one statement per row against the loader on the same subset
    public int SubsetDocuments { get; init; }
    public long SubsetNodes { get; init; }
    public long SubsetEdges { get; init; }
    public double SubsetPerRowSeconds { get; init; }
    public double SubsetBatchedSeconds { get; init; }
    public double CascadeP50 { get; init; }
    public double CascadeP99 { get; init; }
    public double Cascade10P99 { get; init; }
    public double LookupP99 { get; init; }
    // server CPU seconds (--neo4j-pid): the loader's full load and the anchor's two phases
    public double ServerCpuSeconds { get; init; } = double.NaN;
    public double AnchorNodeCpu { get; init; } = double.NaN;
    public double AnchorRelCpu { get; init; } = double.NaN;
    /// <summary>Cascades of chosen roots (the busiest directive, one with thousands of implementers), each timed alone.</summary>
    public List<Neo4jCascadeTiming> Cascades { get; init; } = [];
}

/// <summary>One root's cascade: its size and latencies, and the walk alone (one statement per depth) for the same root.</summary>
public sealed record Neo4jCascadeTiming(string Label, string Root, int Implementers, int Nodes, int Edges, int Tasks, int Units,
    double P50, double P99, int Samples, double P50x10, double P99x10, int Samples10, double WalkP50, double WalkP99);

/// <summary>
/// The Neo4j write path alone: documents extracted first (in memory), then loaded by the store's bulk path, so the
/// time is the loader's and the server's, not extraction's. In the same run: the anchor (a bare batched
/// UNWIND ... MERGE of generated rows at 20,000 rows a statement) and one statement per row on a subset.
/// </summary>
public sealed class Neo4jLoadBenchmark(string work, int documents, int seed, string? neo4jUrl, int perRowSubset, int batch, TextWriter log, string? sqliteDir = null, int anchorSeconds = 180, int rowsPerCommit = 0, bool noReload = false)
{
    private readonly ExtractionPipeline _pipeline = new(Decoders.All);

    /// <summary>The Neo4j server process, for its CPU seconds (null: not measured).</summary>
    public ServerCpu? Server { get; init; }

    /// <summary>Only extract and cache the records (before a run under the benchmark lock), no Neo4j.</summary>
    public bool ExtractOnly { get; init; }

    public async Task<Neo4jLoadResult> RunAsync(MachineInfo machine)
    {
        var corpusDir = EnsureCorpus(work, documents, seed, log);
        var files = Directory.EnumerateFiles(corpusDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var sw = Stopwatch.StartNew();
        var records = await ExtractOnceAsync(corpusDir, files);
        log.WriteLine($"{records.Count} documents extracted (or read from the cache of an earlier run) in {sw.Elapsed.TotalSeconds:0.0} s; not part of any load time");
        if (ExtractOnly) return new Neo4jLoadResult { Documents = records.Count };

        if (sqliteDir is not null) return await SqliteAsync(records, machine);

        var options = Neo4jOptions.FromUrl(neo4jUrl!) is var o && rowsPerCommit > 0 ? o with { MaxRowsPerCommit = rowsPerCommit } : Neo4jOptions.FromUrl(neo4jUrl!);
        await using var batched = new Neo4jGraphStore(options);
        await batched.InitializeAsync();
        await using var perRow = new Neo4jGraphStore(options with { RowsPerStatement = 1 });
        await perRow.InitializeAsync();
        await batched.ClearAsync();


        async Task<(double Seconds, long Nodes, long Edges, Neo4jHttpStats Stats)> LoadAsync(Neo4jGraphStore s, IReadOnlyList<DocumentRecord> input, int size, bool clear = true)
        {
            if (clear) await s.ClearAsync();
            var before = s.HttpStats;
            var start = Stopwatch.GetTimestamp();
            foreach (var chunk in input.Chunk(size))
            {
                var r = await s.UpsertDocumentsAsync(chunk);
                if (r.Failed.Count > 0) throw new InvalidOperationException($"Neo4j load failed: {r.Failed[0].Source}: {r.Failed[0].Message}");
            }
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var st = await s.GetStatisticsAsync();
            return (seconds, st.NodesByLabel.Values.Sum(), st.EdgesByType.Values.Sum(), s.HttpStats - before);
        }

        var subset = records.Take(perRowSubset).ToList();
        var rowBaseline = await LoadAsync(perRow, subset, 100);
        log.WriteLine($"one statement per row, {subset.Count} documents: {rowBaseline.Seconds:0.0} s ({rowBaseline.Nodes / rowBaseline.Seconds:0} nodes/s, {rowBaseline.Edges / rowBaseline.Seconds:0} rels/s)");
        var subsetBatched = await LoadAsync(batched, subset, batch);
        log.WriteLine($"loader, same {subset.Count} documents: {subsetBatched.Seconds:0.00} s ({subsetBatched.Nodes / subsetBatched.Seconds:0} nodes/s, {subsetBatched.Edges / subsetBatched.Seconds:0} rels/s)");

        var cpuBefore = Server?.Seconds() ?? double.NaN;
        var full = await LoadAsync(batched, records, batch);
        var serverCpu = (Server?.Seconds() ?? double.NaN) - cpuBefore;
        log.WriteLine($"server CPU during the load: {serverCpu:0.0} s ({(full.Nodes + full.Edges) / serverCpu:0} rows per server CPU-second)");
        log.WriteLine($"loader, {records.Count} documents: {full.Seconds:0.0} s ({full.Nodes / full.Seconds:0} nodes/s, {full.Edges / full.Seconds:0} rels/s); " +
                      $"{full.Stats.Requests} requests, {full.Stats.Statements} statements, {full.Stats.RequestBytes / 1e6:0} MB sent; in our process {full.Stats.ClientSeconds:0.0} s");
        var reload = noReload ? (Seconds: double.NaN, full.Nodes, full.Edges, default(Neo4jHttpStats)) : await LoadAsync(batched, records, batch, clear: false);
        log.WriteLine($"loader, the same {records.Count} documents again (each replaced): {reload.Seconds:0.0} s; graph {reload.Nodes} nodes, {reload.Edges} rels");
        if (reload.Nodes != full.Nodes || reload.Edges != full.Edges)
            throw new InvalidOperationException($"re-loading changed the graph: {full.Nodes}/{full.Edges} → {reload.Nodes}/{reload.Edges}");

        var (roots, codes) = PickQueries(Path.Combine(corpusDir, CorpusGenerator.TruthFileName));
        var down = new CascadeOptions();
        await batched.CascadeAsync(roots[0].Key, down); // warm-up
        var c1 = await Latency.MeasureAsync("cascade", Enumerable.Range(0, 40).Select(i => roots[i % roots.Count].Key).ToList(), 1, k => batched.CascadeAsync(k, down));
        var c10 = c1.P50 > 10_000 ? new Latency("cascade x10", 10, [])
            : await Latency.MeasureAsync("cascade x10", Enumerable.Range(0, 200).Select(i => roots[i % roots.Count].Key).ToList(), 10, k => batched.CascadeAsync(k, down));
        var lookup = await Latency.MeasureAsync("lookup", codes, 1, c => batched.FindByCodeAsync(c.Code, null, c.Province));
        log.WriteLine($"cascade p50 {c1.P50:0.0} ms p99 {c1.P99:0.0} ms; 10 clients p99 {c10.P99:0.0} ms; lookup p99 {lookup.P99:0.0} ms");
        var cascades = new List<Neo4jCascadeTiming>();
        foreach (var (label, root, implementers) in ChosenRoots(roots))
            cascades.Add(await TimeCascadeAsync(batched, label, root, implementers, down));
        // Last: a statement that does not finish keeps running on the server (holding its locks) after the client gives up.
        var (nodes, rels) = await CountGraphAsync(records);
        var anchor = anchorSeconds <= 0 ? (0, 0, double.NaN, double.NaN, double.NaN, double.NaN) : await Neo4jAnchor.RunAsync(options with { RequestTimeout = TimeSpan.FromSeconds(anchorSeconds), MaxRetries = 0 },
            (int)Math.Min(nodes, 200_000), (int)Math.Min(rels, 400_000), log, Server);

        return new Neo4jLoadResult
        {
            Documents = records.Count, Server = batched.Description, Date = machine.Date.ToString("yyyy-MM-dd HH:mm 'UTC'"), Commit = machine.Commit,
            Machine = $"{machine.Cores} cores, {machine.Cpu}, {machine.Memory}", LoadAverage = MachineInfo.LoadAverage(), BatchDocuments = batch, RowsPerCommit = options.MaxRowsPerCommit,
            AnchorNodes = anchor.Nodes, AnchorRels = anchor.Rels, AnchorNodeSeconds = anchor.NodeSeconds, AnchorRelSeconds = anchor.RelSeconds,
            Nodes = full.Nodes, Edges = full.Edges, LoadSeconds = full.Seconds, ClientSeconds = full.Stats.ClientSeconds,
            Requests = full.Stats.Requests, Statements = full.Stats.Statements, RequestBytes = full.Stats.RequestBytes, ReloadSeconds = reload.Seconds,
            SubsetDocuments = subset.Count, SubsetNodes = subsetBatched.Nodes, SubsetEdges = subsetBatched.Edges,
            SubsetPerRowSeconds = rowBaseline.Seconds, SubsetBatchedSeconds = subsetBatched.Seconds,
            CascadeP50 = c1.P50, CascadeP99 = c1.P99, Cascade10P99 = c10.P99, LookupP99 = lookup.P99,
            ServerCpuSeconds = serverCpu, AnchorNodeCpu = anchor.Item5, AnchorRelCpu = anchor.Item6, Cascades = cascades,
        };
    }

    /// <summary>The embedded store's write path alone: the same records into a fresh SQLite store, in calls of the batch size.</summary>
    private async Task<Neo4jLoadResult> SqliteAsync(IReadOnlyList<DocumentRecord> records, MachineInfo machine)
    {
        if (Directory.Exists(sqliteDir)) Directory.Delete(sqliteDir, true);
        await using var store = new KnowledgeGraph.Graph.Sqlite.SqliteGraphStore(sqliteDir!);
        await store.InitializeAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var lap = start;
        var done = 0;
        foreach (var chunk in records.Chunk(batch))
        {
            var r = await store.UpsertDocumentsAsync(chunk);
            if (r.Failed.Count > 0) throw new InvalidOperationException($"SQLite load failed: {r.Failed[0].Source}: {r.Failed[0].Message}");
            done += chunk.Length;
            if (done % 2000 < batch)
            {
                log.WriteLine($"sqlite: {done} documents, last {2000} at {2000 / Stopwatch.GetElapsedTime(lap).TotalSeconds:0} docs/s");
                lap = Stopwatch.GetTimestamp();
            }
        }
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        log.WriteLine($"sqlite: {cpuSeconds:0.0} CPU s in this process for {seconds:0.0} s wall ({1000 * cpuSeconds / records.Count:0.0} CPU ms a document)");
        var st = await store.GetStatisticsAsync();
        long nodes = st.NodesByLabel.Values.Sum(), edges = st.EdgesByType.Values.Sum();
        log.WriteLine($"sqlite load, {records.Count} documents in calls of {batch}: {seconds:0.0} s, {records.Count / seconds:0} docs/s ({1000 * seconds / records.Count:0.0} ms a document), {nodes / seconds:0} nodes/s, {edges / seconds:0} rels/s");
        return new Neo4jLoadResult
        {
            Documents = records.Count, Server = store.Description, Date = machine.Date.ToString("yyyy-MM-dd HH:mm 'UTC'"), Commit = machine.Commit,
            Machine = $"{machine.Cores} cores, {machine.Cpu}, {machine.Memory}", LoadAverage = MachineInfo.LoadAverage(), BatchDocuments = batch,
            Nodes = nodes, Edges = edges, LoadSeconds = seconds,
        };
    }

    /// <summary>
    /// Extraction results in file order, cached as JSON lines beside the corpus (extraction is not what this measures,
    /// and on a shared 2-core machine it takes minutes at 10,000 documents). Held-back documents (no code of their own)
    /// are linked at the end by ParallelIngestion; for the write path they are ordinary documents.
    /// </summary>
    private async Task<List<DocumentRecord>> ExtractOnceAsync(string corpusDir, IReadOnlyList<string> files)
    {
        var cache = corpusDir + ".records.jsonl";
        if (File.Exists(cache))
            return File.ReadLines(cache).Select(l => JsonSerializer.Deserialize<DocumentRecord>(l)!).ToList();
        var records = new DocumentRecord[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (i, _) => { records[i] = _pipeline.ExtractFile(files[i]); return ValueTask.CompletedTask; });
        await File.WriteAllLinesAsync(cache + ".tmp", records.Select(r => JsonSerializer.Serialize(r)));
        File.Move(cache + ".tmp", cache, overwrite: true);
        return [.. records];
    }

    /// <summary>Cascade roots: the five central documents most implemented (as the e2e benchmark); codes: a fixed sample.</summary>
    private (List<(string Key, int Implementers)> Roots, List<(string Code, string? Province)> Codes) PickQueries(string truthFile)
    {
        var implementers = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<(string, string?)>();
        var rng = new Random(seed);
        foreach (var t in CorpusGenerator.ReadTruth(truthFile))
        {
            foreach (var c in t.Citations.Where(c => c.Relation == "IMPLEMENTS"))
                implementers[c.Key] = implementers.GetValueOrDefault(c.Key) + 1;
            if (codes.Count < 300 && rng.NextDouble() < 400.0 / documents) codes.Add((t.Code, t.Province));
        }
        var ranked = implementers.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        _ranked = ranked;
        return (ranked.Take(5).ToList(), codes);
    }

    private List<(string Key, int Implementers)> _ranked = [];

    /// <summary>The busiest directive (most direct implementers) and the most implemented one with 1,000-3,000 implementers ("thousands"), when there is one.</summary>
    private IEnumerable<(string Label, string Key, int Implementers)> ChosenRoots(List<(string Key, int Implementers)> top)
    {
        yield return ("busiest", top[0].Key, top[0].Implementers);
        var thousands = _ranked.Where(r => r.Implementers is >= 1_000 and <= 3_000).Take(1).ToList();
        if (thousands.Count == 1 && thousands[0].Key != top[0].Key) yield return ("thousands", thousands[0].Key, thousands[0].Implementers);
        else if (top.Count > 1) yield return ("second", top[1].Key, top[1].Implementers);
    }

    /// <summary>One root's cascade at 1 and 10 clients, and the walk alone, each within the latency budget.</summary>
    private async Task<Neo4jCascadeTiming> TimeCascadeAsync(Neo4jGraphStore store, string label, string root, int implementers, CascadeOptions down)
    {
        var answer = await store.CascadeAsync(root, down) ?? throw new InvalidOperationException($"cascade root {root} is not in the store");
        var one = await Latency.MeasureAsync("cascade " + label, Enumerable.Repeat(root, 30).ToList(), 1, k => store.CascadeAsync(k, down), TimeSpan.FromSeconds(30));
        // Ten concurrent answers of tens of thousands of documents each would take minutes and gigabytes: skipped (NaN) past 10 s alone.
        var ten = one.P50 > 10_000 ? new Latency("cascade x10 " + label, 10, [])
            : await Latency.MeasureAsync("cascade x10 " + label, Enumerable.Repeat(root, 100).ToList(), 10, k => store.CascadeAsync(k, down), TimeSpan.FromSeconds(30));
        var walk = await Latency.MeasureAsync("walk " + label, Enumerable.Repeat(root, 30).ToList(), 1, k => store.ReachAsync(k, down), TimeSpan.FromSeconds(20));
        log.WriteLine($"cascade {label} {root} ({implementers} direct implementers): {answer.Nodes.Count} documents, {answer.Edges.Count} edges, {answer.Tasks.Count} tasks, {answer.Units.Count} units; " +
                      $"p50 {one.P50:0} ms p99 {one.P99:0} ms ({one.Count} runs); 10 clients p50 {ten.P50:0} p99 {ten.P99:0} ms ({ten.Count}); walk alone p50 {walk.P50:0} p99 {walk.P99:0} ms");
        return new Neo4jCascadeTiming(label, root, implementers, answer.Nodes.Count, answer.Edges.Count, answer.Tasks.Count, answer.Units.Count,
            one.P50, one.P99, one.Count, ten.P50, ten.P99, ten.Count, walk.P50, walk.P99);
    }

    /// <summary>Nodes and relationships the documents make (for sizing the anchor like the real graph).</summary>
    private static Task<(long Nodes, long Rels)> CountGraphAsync(IReadOnlyList<DocumentRecord> records)
    {
        long nodes = 0, rels = 0;
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            DocumentFacts f;
            try { f = FactsBuilder.Build(r); } catch (GraphInputException) { continue; }
            nodes += 1 + f.Tasks.Count + f.Targets.Count;
            foreach (var n in f.ReferencedDocuments.Concat(f.Units).Concat(f.Persons)) if (shared.Add(n.Label + "\0" + n.Key)) nodes++;
            rels += f.Edges.Count;
        }
        return Task.FromResult((nodes, rels));
    }

    public static string EnsureCorpus(string work, int documents, int seed, TextWriter log)
    {
        var corpusDir = Path.Combine(work, $"corpus-{documents}-{seed}");
        if (File.Exists(Path.Combine(corpusDir, ".complete")))
        {
            log.WriteLine($"corpus: reusing {corpusDir}");
            return corpusDir;
        }
        if (Directory.Exists(corpusDir)) Directory.Delete(corpusDir, true);
        new CorpusGenerator(documents, seed).WriteTo(corpusDir);
        File.WriteAllText(Path.Combine(corpusDir, ".complete"), "");
        return corpusDir;
    }
}
