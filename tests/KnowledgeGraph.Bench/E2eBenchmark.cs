using System.Diagnostics;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Analysis;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Bench;

/// <summary>
/// generate N documents → extract them (MB/s, accuracy against the truth) → ingest into the embedded store with
/// the search index (parallel workers, one writer: load and index time, peak memory, size on disk) → queries
/// (cascade with 1 and 10 clients, lineage, lookup by code, filtered search vs a linear scan) → optionally the
/// same graph into Neo4j (batched UNWIND vs one statement per row on a subset, cascade latency).
/// </summary>
public sealed class E2eBenchmark(string work, int documents, int seed, int workers, string? neo4jUrl, int perRowSubset, TextWriter log, E2eReuse reuse = default)
{
    /// <summary>Where a finished ingest records its numbers, so a later run with --reuse-data measures queries on the same store.</summary>
    public const string IngestFileName = "e2e-ingest.json";

    /// <summary>With --skip-accuracy the accuracy rates are 0/0: NaN must survive the round trip through the ingest file.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions IngestJson = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly ExtractionPipeline _pipeline = new(Decoders.All);

    public async Task<E2eResult> RunAsync(MachineInfo machine)
    {
        var corpusDir = Path.Combine(work, $"corpus-{documents}-{seed}");
        var sw = Stopwatch.StartNew();
        var generator = new CorpusGenerator(documents, seed);
        CorpusSummary summary;
        if (File.Exists(Path.Combine(corpusDir, ".complete")))
        {
            summary = new CorpusSummary(documents, Directory.EnumerateFiles(corpusDir, "*.txt", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length), 0, corpusDir, Path.Combine(corpusDir, CorpusGenerator.TruthFileName));
            log.WriteLine($"corpus: reusing {corpusDir}");
        }
        else
        {
            if (Directory.Exists(corpusDir)) Directory.Delete(corpusDir, true);
            summary = generator.WriteTo(corpusDir);
            File.WriteAllText(Path.Combine(corpusDir, ".complete"), "");
        }
        var generateSeconds = sw.Elapsed.TotalSeconds;
        var mb = summary.Bytes / 1e6;
        log.WriteLine($"corpus: {documents} documents, {mb:0.0} MB in {generateSeconds:0.0} s");

        var dataDir = Path.Combine(work, $"data-{documents}");
        var ingestFile = Path.Combine(dataDir, IngestFileName);
        if (reuse.ReuseData && File.Exists(ingestFile))
        {
            var kept = System.Text.Json.JsonSerializer.Deserialize<E2eResult>(File.ReadAllText(ingestFile), IngestJson)
                ?? throw new InvalidDataException($"{ingestFile}: not an e2e ingest record; delete {dataDir} to ingest again");
            log.WriteLine($"embedded store: reusing {dataDir} (ingested {kept.Date}, commit {kept.Commit})");
            await using var kept2 = new SqliteGraphStore(dataDir);
            await kept2.InitializeAsync();
            return await QueriesAsync(kept2, dataDir, summary.TruthFile, kept with
            {
                Date = machine.Date.ToString("yyyy-MM-dd HH:mm 'UTC'"), Commit = machine.Commit, IngestedAt = $"{kept.Date}, commit {kept.Commit}",
            });
        }

        // 1. Extraction alone, on all workers, scored against the truth (streamed: truth lines are read as files are taken).
        var lengths = new List<int>();
        var accuracy = ExtractionAccuracy.Empty;
        var gate = new object();
        sw.Restart();
        if (reuse.SkipAccuracy) lengths.AddRange(CorpusGenerator.ReadTruth(summary.TruthFile).Select(t => t.Chars));
        else await Parallel.ForEachAsync(CorpusGenerator.ReadTruth(summary.TruthFile), new ParallelOptions { MaxDegreeOfParallelism = workers }, (truth, _) =>
        {
            var record = _pipeline.ExtractFile(Path.Combine(corpusDir, truth.File));
            var a = TruthComparison.Compare(truth, record);
            lock (gate) { accuracy = accuracy.Add(a); lengths.Add(truth.Chars); }
            return ValueTask.CompletedTask;
        });
        var extractSeconds = reuse.SkipAccuracy ? 0 : sw.Elapsed.TotalSeconds;
        log.WriteLine($"extract: {extractSeconds:0.0} s, {mb / extractSeconds:0.00} MB/s; {AccuracyReport.Line(accuracy)}");

        // 2. Embedded store + search index, end to end.
        var files = Directory.EnumerateFiles(corpusDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, true);
        GC.Collect();
        double loadSeconds = 0, indexSeconds = 0;
        long peak;
        sw.Restart();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        await using var store = new SqliteGraphStore(dataDir);
        await store.InitializeAsync();
        using (var memory = new MemorySampler())
        using (var index = SearchIndex.Open(SearchIndex.FolderIn(dataDir)))
        {
            var timedStore = new TimedStore(store);
            // The index on its own thread (IndexingStage), overlapping the load, as `kg ingest` does.
            await using var indexing = new IndexingStage((docs, stored) =>
            {
                var t = Stopwatch.GetTimestamp();
                var keys = stored.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
                foreach (var d in docs) if (keys.Contains(d.Key.Trim())) index.Upsert(d);
                indexSeconds += Stopwatch.GetElapsedTime(t).TotalSeconds;
                return Task.CompletedTask;
            });
            var result = await ParallelIngestion.RunAsync(files, timedStore, _pipeline, new ParallelIngestOptions(workers, 64, 64), indexing.EnqueueAsync);
            await indexing.CompleteAsync();
            var c = Stopwatch.GetTimestamp();
            index.Commit();
            indexSeconds += Stopwatch.GetElapsedTime(c).TotalSeconds;
            loadSeconds = timedStore.Seconds;
            peak = memory.PeakBytes;
            if (result.StoreFailures.Count + result.ExtractionErrors.Count > 0)
                throw new InvalidOperationException($"ingest failed for {result.StoreFailures.Count + result.ExtractionErrors.Count} documents: " +
                    string.Join("; ", result.StoreFailures.Select(f => f.Source + ": " + f.Message).Concat(result.ExtractionErrors.Select(e => e.Source + ": " + e.Message)).Take(3)));
        }
        var ingestSeconds = sw.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var stats = await store.GetStatisticsAsync();
        var nodes = stats.NodesByLabel.Values.Sum();
        var edges = stats.EdgesByType.Values.Sum();
        log.WriteLine($"ingest (embedded): {ingestSeconds:0.0} s wall; load {loadSeconds:0.0} s ({nodes / loadSeconds:0} nodes/s, {edges / loadSeconds:0} rels/s), index {indexSeconds:0.0} s; peak {peak / 1e6:0} MB; process CPU {cpuSeconds:0.0} s ({cpuSeconds / ingestSeconds:0.00} cores busy)");

        var ingested = new E2eResult
        {
            Documents = documents, Seed = seed, Date = machine.Date.ToString("yyyy-MM-dd HH:mm 'UTC'"), Commit = machine.Commit,
            Machine = $"{machine.Cores} cores, {machine.Cpu}, {machine.Memory}", LoadAverage = MachineInfo.LoadAverage(), Workers = workers,
            CorpusMB = mb, MedianChars = lengths.Order().ElementAt(lengths.Count / 2), GenerateSeconds = generateSeconds,
            ExtractSeconds = extractSeconds, KeyAccuracy = accuracy.KeyAccuracy,
            CitationPrecision = accuracy.Citations.Precision, CitationRecall = accuracy.Citations.Recall,
            ImplementsPrecision = accuracy.Implements.Precision, ImplementsRecall = accuracy.Implements.Recall, LeadRecall = accuracy.Leads.Recall,
            IngestSeconds = ingestSeconds, LoadSeconds = loadSeconds, IndexSeconds = indexSeconds, Nodes = nodes, Edges = edges,
            PeakWorkingSetMB = peak / 1e6, StoreMB = FolderBytes(dataDir, except: "index") / 1e6, IndexMB = FolderBytes(SearchIndex.FolderIn(dataDir)) / 1e6,
        };
        File.WriteAllText(ingestFile, System.Text.Json.JsonSerializer.Serialize(ingested, IngestJson));
        if (reuse.IngestOnly) return ingested;
        return await QueriesAsync(store, dataDir, summary.TruthFile, ingested);
    }

    /// <summary>3. Queries on the loaded store (and optionally Neo4j); the baseline walk too when asked.</summary>
    private async Task<E2eResult> QueriesAsync(SqliteGraphStore store, string dataDir, string truthFile, E2eResult ingested)
    {
        var plan = PickQueries(truthFile);
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(truthFile)!, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var result2 = ingested with { LoadAverage = MachineInfo.LoadAverage(), CascadeRoot = plan.Roots[0] };
        if (reuse.BaselineWalk)
        {
            // Old and new walk on two stores over the same file, calls interleaved (even: old, odd: new) so both see
            // the same load on a shared machine; 60 s per series since the old walk takes seconds per call.
            await using var old = new SqliteGraphStore(dataDir) { WalkMode = SqliteWalkMode.RecursiveCte };
            var down = new CascadeOptions();
            var budget = TimeSpan.FromSeconds(60);
            var pairs1 = Enumerable.Range(0, 40).Select(i => (Old: i % 2 == 0, Root: plan.Roots[i / 2 % plan.Roots.Count])).ToList();
            var pairs10 = Enumerable.Range(0, 200).Select(i => (Old: i % 2 == 0, Root: plan.Roots[i / 2 % plan.Roots.Count])).ToList();
            var one = await Latency.MeasureGroupsAsync(pairs1, p => p.Old, 1, p => (p.Old ? old : store).CascadeAsync(p.Root, down), budget);
            var ten = await Latency.MeasureGroupsAsync(pairs10, p => p.Old, 10, p => (p.Old ? old : store).CascadeAsync(p.Root, down), budget);
            log.WriteLine($"interleaved, 1 client: CTE p50 {one[true].P50:0.0} p99 {one[true].P99:0.0} ({one[true].Count} calls) / frontier p50 {one[false].P50:0.0} p99 {one[false].P99:0.0} ({one[false].Count})");
            log.WriteLine($"interleaved, 10 clients: CTE p50 {ten[true].P50:0.0} p99 {ten[true].P99:0.0} ({ten[true].Count} calls) / frontier p50 {ten[false].P50:0.0} p99 {ten[false].P99:0.0} ({ten[false].Count})");
            result2 = result2 with
            {
                Baseline = new E2eBaseline
                {
                    Walk = "recursive CTE", CascadeCalls = one[true].Count, Cascade10Calls = ten[true].Count, CascadeP50 = one[true].P50, CascadeP99 = one[true].P99,
                    Cascade10P50 = ten[true].P50, Cascade10P99 = ten[true].P99,
                    NewCascadeCalls = one[false].Count, NewCascade10Calls = ten[false].Count, NewCascadeP50 = one[false].P50, NewCascadeP99 = one[false].P99,
                    NewCascade10P50 = ten[false].P50, NewCascade10P99 = ten[false].P99,
                },
            };
        }
        var cascadeSize = (await store.CascadeAsync(plan.Roots[0], new CascadeOptions()))?.Nodes.Count ?? 0;
        var (cascade1, cascade10, lineage, lookup) = await StoreLatenciesAsync(store, plan);
        log.WriteLine($"cascade of {plan.Roots[0]} ({cascadeSize} nodes): p50 {cascade1.P50:0.0} ms p99 {cascade1.P99:0.0} ms; 10 clients p50 {cascade10.P50:0.0} p99 {cascade10.P99:0.0}; lineage p99 {lineage.P99:0.0}; lookup p99 {lookup.P99:0.00}");

        using var searchIndex = SearchIndex.Open(SearchIndex.FolderIn(dataDir), readOnly: true);
        var service = new SearchService(searchIndex);
        service.Search(plan.Searches[0]);
        var search = await Latency.MeasureAsync("search", plan.Searches, 1, r => { service.Search(r); return Task.CompletedTask; });
        var scan = await Latency.MeasureAsync("scan", plan.Searches.Take(documents >= 50_000 ? 2 : 3).ToList(), 1, r => ScanAsync(store, r));
        log.WriteLine($"search p50 {search.P50:0.0} ms p99 {search.P99:0.0} ms; linear scan p50 {scan.P50:0} ms");
        result2 = result2 with
        {
            CascadeNodes = cascadeSize, CascadeCalls = cascade1.Count, Cascade10Calls = cascade10.Count, CascadeP50 = cascade1.P50, CascadeP99 = cascade1.P99, Cascade10P50 = cascade10.P50, Cascade10P99 = cascade10.P99,
            LineageP50 = lineage.P50, LineageP99 = lineage.P99, LookupP50 = lookup.P50, LookupP99 = lookup.P99,
            SearchP50 = search.P50, SearchP99 = search.P99, ScanP50 = scan.P50,
        };

        if (neo4jUrl is not null) result2 = result2 with { Neo4j = await Neo4jAsync(files, plan) };
        return result2;
    }

    internal sealed record QueryPlan(IReadOnlyList<string> Roots, IReadOnlyList<string> Plans, IReadOnlyList<(string Code, string? Province)> Codes, IReadOnlyList<SearchRequest> Searches);

    /// <summary>Roots: the five central documents with most implementing documents; plans and codes: a fixed sample.</summary>
    internal QueryPlan PickQueries(string truthFile)
    {
        var implementers = new Dictionary<string, int>(StringComparer.Ordinal);
        var plans = new List<string>();
        var codes = new List<(string, string?)>();
        var searches = new List<SearchRequest>();
        var rng = new Random(seed);
        foreach (var t in CorpusGenerator.ReadTruth(truthFile))
        {
            foreach (var c in t.Citations.Where(c => c.Relation == "IMPLEMENTS"))
                implementers[c.Key] = implementers.GetValueOrDefault(c.Key) + 1;
            if (rng.NextDouble() < 400.0 / documents)
            {
                if (t.Level != "Central") plans.Add(t.Key);
                codes.Add((t.Code, t.Province));
                if (t.Province is not null && searches.Count < 100)
                    searches.Add(new SearchRequest { Query = Catalog.Topics[rng.Next(Catalog.Topics.Length)].Split(',')[0], Province = t.Province, Type = "KeHoach", Limit = 10 });
            }
        }
        var roots = implementers.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).Select(p => p.Key).ToList();
        return new QueryPlan(roots, plans, codes, searches);
    }

    private static async Task<(Latency Cascade1, Latency Cascade10, Latency Lineage, Latency Lookup)> StoreLatenciesAsync(IGraphStore store, QueryPlan plan)
    {
        var down = new CascadeOptions();
        var up = new CascadeOptions { Direction = CascadeDirection.Up };
        await store.CascadeAsync(plan.Roots[0], down); // warm-up
        var roots1 = Enumerable.Range(0, 40).Select(i => plan.Roots[i % plan.Roots.Count]).ToList();
        var roots10 = Enumerable.Range(0, 200).Select(i => plan.Roots[i % plan.Roots.Count]).ToList();
        var cascade1 = await Latency.MeasureAsync("cascade", roots1, 1, k => store.CascadeAsync(k, down));
        var cascade10 = await Latency.MeasureAsync("cascade x10", roots10, 10, k => store.CascadeAsync(k, down));
        var lineage = await Latency.MeasureAsync("lineage", plan.Plans.Take(200).ToList(), 1, k => store.CascadeAsync(k, up));
        var lookup = await Latency.MeasureAsync("lookup", plan.Codes.Take(300).ToList(), 1, c => store.FindByCodeAsync(c.Code, null, c.Province));
        return (cascade1, cascade10, lineage, lookup);
    }

    /// <summary>The baseline: no index, every stored text folded and searched for the query's words, filters applied.</summary>
    private static async Task ScanAsync(IGraphStore store, SearchRequest request)
    {
        var terms = TextFolding.Fold(request.Query ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = 0;
        await foreach (var t in store.EnumerateTextsAsync())
        {
            if (request.Province is not null && t.Province != request.Province) continue;
            var folded = TextFolding.Fold(t.Text).ToLowerInvariant();
            if (terms.All(w => folded.Contains(w, StringComparison.Ordinal))) hits++;
        }
        GC.KeepAlive(hits);
    }

    private async Task<Neo4jE2e> Neo4jAsync(IReadOnlyList<string> files, QueryPlan plan)
    {
        var options = Neo4jOptions.FromUrl(neo4jUrl!);
        await using var batched = new Neo4jGraphStore(options);
        await batched.InitializeAsync();
        await using var perRow = new Neo4jGraphStore(options with { RowsPerStatement = 1 });
        await perRow.InitializeAsync();
        var subset = files.Take(perRowSubset).ToList();

        async Task<(double Seconds, long Nodes, long Edges)> LoadAsync(IGraphStore s, IReadOnlyList<string> input, int batch)
        {
            await s.ClearAsync();
            var timed = new TimedStore(s);
            var r = await ParallelIngestion.RunAsync(input, timed, _pipeline, new ParallelIngestOptions(workers, 256, batch));
            if (r.StoreFailures.Count > 0) throw new InvalidOperationException($"Neo4j load failed: {r.StoreFailures[0].Source}: {r.StoreFailures[0].Message}");
            var st = await s.GetStatisticsAsync();
            return (timed.Seconds, st.NodesByLabel.Values.Sum(), st.EdgesByType.Values.Sum());
        }

        var rowBaseline = await LoadAsync(perRow, subset, 100);
        log.WriteLine($"neo4j one statement per row, {subset.Count} documents: {rowBaseline.Seconds:0.0} s ({rowBaseline.Nodes / rowBaseline.Seconds:0} nodes/s)");
        var subsetBatched = await LoadAsync(batched, subset, 100);
        log.WriteLine($"neo4j batched UNWIND, same {subset.Count} documents: {subsetBatched.Seconds:0.0} s ({subsetBatched.Nodes / subsetBatched.Seconds:0} nodes/s)");
        var full = await LoadAsync(batched, files, 1000);
        log.WriteLine($"neo4j batched UNWIND, {files.Count} documents: {full.Seconds:0.0} s ({full.Nodes / full.Seconds:0} nodes/s, {full.Edges / full.Seconds:0} rels/s)");
        var (c1, c10, _, lookup) = await StoreLatenciesAsync(batched, plan with { Plans = plan.Plans.Take(20).ToList() });
        log.WriteLine($"neo4j cascade p50 {c1.P50:0.0} ms p99 {c1.P99:0.0} ms; 10 clients p99 {c10.P99:0.0} ms; lookup p99 {lookup.P99:0.0} ms");
        return new Neo4jE2e
        {
            Server = batched.Description, LoadSeconds = full.Seconds, Nodes = full.Nodes, Edges = full.Edges,
            SubsetDocuments = subset.Count, SubsetBatchedSeconds = subsetBatched.Seconds, SubsetPerRowSeconds = rowBaseline.Seconds,
            SubsetNodes = subsetBatched.Nodes, SubsetEdges = subsetBatched.Edges,
            CascadeP50 = c1.P50, CascadeP99 = c1.P99, Cascade10P50 = c10.P50, Cascade10P99 = c10.P99, LookupP99 = lookup.P99,
        };
    }

    private static long FolderBytes(string folder, string? except = null) => !Directory.Exists(folder) ? 0 :
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => except is null || !Path.GetRelativePath(folder, f).StartsWith(except, StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
}

/// <summary>
/// Options of a run over an existing store: reuse the data folder a finished ingest left (its numbers are kept in
/// <see cref="E2eBenchmark.IngestFileName"/>), stop after the ingest, skip the separate extraction-accuracy pass,
/// and time the cascade with the old recursive-CTE walk first (the baseline in the same run).
/// </summary>
public readonly record struct E2eReuse(bool ReuseData, bool IngestOnly, bool SkipAccuracy, bool BaselineWalk);
