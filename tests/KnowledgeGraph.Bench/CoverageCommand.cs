using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>coverage [--docs N] [--rounds R] [--data DIR] [--no-report]</c>: build an embedded store from the synthetic
/// corpus (or reuse one in --data), then time the coverage of its most implemented central document.
/// </summary>
public static class CoverageCommand
{
    public static Command Build()
    {
        var docs = new Option<int>("--docs") { Description = "Synthetic documents to generate and ingest", DefaultValueFactory = _ => 10_000 };
        var rounds = new Option<int>("--rounds") { Description = "Timed coverage runs after one warm-up", DefaultValueFactory = _ => 7 };
        var data = new Option<string?>("--data") { Description = "Store folder: reused when it holds a graph built with the same --docs, else built there (default: a temp folder)" };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave REPORT.md alone" };
        var note = new Option<string?>("--note") { Description = "A line added to the report section (what the store is, what ran beside)" };
        var reuse = new Option<bool>("--reuse") { Description = "Reuse the graph in --data whatever it holds (e.g. an e2e store, or one partly ingested); never clear it" };
        var cmd = new Command("coverage", "Time the coverage of a central document over a synthetic graph (embedded store)") { docs, rounds, data, noReport, reuse, note };
        cmd.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(docs);
            var folder = parse.GetValue(data) ?? Path.Combine(Path.GetTempPath(), $"kg-bench-coverage-{n}");
            var repo = RepoRoot.Find();
            var store = new SqliteGraphStore(folder);
            await store.InitializeAsync(ct);
            var build = Stopwatch.StartNew();
            var stats = await store.GetStatisticsAsync(ct);
            var built = false;
            if (parse.GetValue(reuse) && stats.IngestedDocuments == 0)
            {
                Console.Error.WriteLine($"error: --reuse: {folder} holds no ingested documents");
                return 2;
            }
            if (stats.IngestedDocuments != n && !parse.GetValue(reuse))
            {
                await store.ClearAsync(ct);
                var pipeline = new ExtractionPipeline();
                var generator = new CorpusGenerator(n, 1);
                for (var start = 0; start < n; start += 1000)
                {
                    var batch = Enumerable.Range(start, Math.Min(1000, n - start)).AsParallel().AsOrdered()
                        .Select(i => { var g = generator.Document(i); return pipeline.Extract(g.Text, g.RelativePath); }).ToList();
                    var r = await store.UpsertDocumentsAsync(batch, ct);
                    Console.Error.Write($"\r{start + batch.Count} / {n} stored ({r.Failed.Count} failed in this batch)");
                }
                Console.Error.WriteLine();
                built = true;
                stats = await store.GetStatisticsAsync(ct);
            }
            var buildSeconds = build.Elapsed.TotalSeconds;
            var root = (await CascadeApiCommand.MostImplementedCentralAsync(folder, 1, ct))[0];
            var analyst = new CascadeAnalyst(store);
            // The first coverage after opening the store builds the relation index and reads the covered documents' units.
            var first = Stopwatch.StartNew();
            var warm = await analyst.CoverageAsync(root, null, CascadeAnalyst.DefaultDepth, ct);
            var firstMs = first.Elapsed.TotalMilliseconds;
            var indexMs = store.ReadIndexInfo?.BuildTime.TotalMilliseconds ?? double.NaN;
            // What `kg serve` does after writes settle (ReadWarmingService): a fresh store object warmed in the background,
            // then the first coverage an analyst asks for.
            double warmUpMs, afterWarmMs;
            var fresh = new SqliteGraphStore(folder);
            await using (fresh)
            {
                var warming = Stopwatch.StartNew();
                await fresh.WarmAsync(TimeSpan.Zero, ct);
                warmUpMs = warming.Elapsed.TotalMilliseconds;
                var afterWarm = Stopwatch.StartNew();
                await new CascadeAnalyst(fresh).CoverageAsync(root, null, CascadeAnalyst.DefaultDepth, ct);
                afterWarmMs = afterWarm.Elapsed.TotalMilliseconds;
            }
            var cascade = await store.CascadeAsync(root, new KnowledgeGraph.Graph.Model.CascadeOptions { MaxDepth = CascadeAnalyst.DefaultDepth, IncludeTasks = false }, ct);
            var taskCount = (await store.TaskUnitsOfDocumentsAsync(cascade!.Nodes.Select(x => x.Document.Key).ToList(), ct)).Select(u => u.Task).Distinct().Count();
            var times = new List<double>();
            var cachedTimes = new List<double>();
            var loadBefore = MachineInfo.LoadAverage();
            // Cold: no result cache, so each run walks the index, reads the cascade's documents and edges, builds the tree
            // and merges the units; then the same with the result cache of the store version.
            foreach (var (cached, list) in new[] { (false, times), (true, cachedTimes) })
            {
                store.ResultCacheEnabled = cached;
                for (var i = 0; i < parse.GetValue(rounds); i++)
                {
                    var sw = Stopwatch.StartNew();
                    await analyst.CoverageAsync(root, null, CascadeAnalyst.DefaultDepth, ct);
                    list.Add(sw.Elapsed.TotalMilliseconds);
                    Console.Error.WriteLine($"coverage {(cached ? "cached" : "cold")} {i + 1}: {sw.Elapsed.TotalMilliseconds:0} ms");
                }
            }
            cachedTimes.Sort();
            times.Sort();
            var m = MachineInfo.Read(repo);
            var c = CultureInfo.InvariantCulture;
            var sb = new StringBuilder();
            sb.AppendLine("## Coverage of a central document (`coverage`)");
            sb.AppendLine();
            sb.AppendLine("    dotnet run -c Release --project tests/KnowledgeGraph.Bench -- coverage [--docs 10000] [--rounds 7] [--data DIR]");
            sb.AppendLine();
            sb.AppendLine(c, $"{m.Date:yyyy-MM-dd HH:mm} UTC, commit {m.Commit}; {m.Cores} cores, {m.Cpu}, {m.Memory}; {m.Os}; {m.Runtime}; load average {loadBefore} at the start, {MachineInfo.LoadAverage()} at the end.");
            sb.AppendLine();
            sb.AppendLine(c, $"Embedded store (SQLite) holding {stats.IngestedDocuments:N0} synthetic documents (generator seed 1, rules pipeline) and {stats.CitedOnlyDocuments:N0} cited-only ones; {(built ? $"built in {buildSeconds:0} s" : "reused")}. Root: `{root}`, the central document with the most incoming IMPLEMENTS/BASED_ON edges; its depth-{CascadeAnalyst.DefaultDepth} cascade holds {cascade.Nodes.Count:N0} documents, {cascade.Edges.Count:N0} edges and {taskCount:N0} tasks naming units; {warm!.CoveredProvinces.Count} of 34 provinces covered. `CascadeAnalyst.CoverageAsync` in-process over the store's relation index (walk, documents and edges from memory; each covered document's units read once per store version). First call after opening the store (relation index built in {indexMs / 1000:0.0} s, then the units of the covered documents read): {firstMs / 1000:0.0} s. Then {times.Count} cold runs (no result cache) and {cachedTimes.Count} with the coverage kept for the store version (emptied by any write).");
            if (parse.GetValue(note) is { } text) { sb.AppendLine(); sb.AppendLine(text); }
            sb.AppendLine();
            sb.AppendLine("| documents | runs | median ms | min ms | max ms | target |");
            sb.AppendLine("|---:|---|---:|---:|---:|---|");
            sb.AppendLine(c, $"| {stats.IngestedDocuments:N0} | cold (no result cache) | {times[times.Count / 2]:0.0} | {times[0]:0.0} | {times[^1]:0.0} | < 1000 ms at 100,000 documents |");
            sb.AppendLine(c, $"| {stats.IngestedDocuments:N0} | cached for the store version | {cachedTimes[cachedTimes.Count / 2]:0.0} | {cachedTimes[0]:0.0} | {cachedTimes[^1]:0.0} | |");
            sb.AppendLine(c, $"| {stats.IngestedDocuments:N0} | first call after opening the store | {firstMs:0.0} | | | |");
            sb.AppendLine(c, $"| {stats.IngestedDocuments:N0} | first call after the server's background warm-up (index, every document's units and every relation with its evidence: {warmUpMs / 1000:0.0} s, off the request path) | {afterWarmMs:0.0} | | | < 1000 ms at 100,000 documents |");
            var section = sb.ToString();
            Console.WriteLine(section);
            await store.DisposeAsync();
            if (!parse.GetValue(noReport))
            {
                var report = Path.Combine(repo, "tests", "benchmarks", "REPORT.md");
                ReportFile.UpdateSection(report, "coverage", section);
                Console.WriteLine($"updated {Path.GetRelativePath(repo, report)}");
            }
            return 0;
        });
        return cmd;
    }
}
