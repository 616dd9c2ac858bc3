using System.CommandLine;
using System.Text.Json;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>e2e --docs 1000,10000 [--seed S] [--work DIR] [--neo4j-url URL] [--per-row-docs N] [--workers W] [--no-report]</c>:
/// the whole pipeline on generated corpora; results kept in tests/benchmarks/e2e-results.json, the report section
/// and plots rebuilt from all of them.
/// </summary>
public static class E2eCommand
{
    /// <summary>Rates not measured in a run (--skip-accuracy: 0/0) are written as "NaN" rather than failing the run.</summary>
    private static readonly JsonSerializerOptions ResultsJson = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Command Build()
    {
        var docs = new Option<string>("--docs") { Description = "Corpus sizes, comma-separated", DefaultValueFactory = _ => "1000" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var work = new Option<string>("--work") { Description = "Scratch folder for corpora and stores", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "kg-e2e") };
        var neo4j = new Option<string?>("--neo4j-url") { Description = "Also load into this Neo4j (its data is cleared!)" };
        var perRow = new Option<int>("--per-row-docs") { Description = "Documents in the one-statement-per-row Neo4j baseline", DefaultValueFactory = _ => 200 };
        var workers = new Option<int>("--workers") { DefaultValueFactory = _ => Environment.ProcessorCount };
        var noReport = new Option<bool>("--no-report");
        var note = new Option<string?>("--note");
        var reuseData = new Option<bool>("--reuse-data") { Description = "Reuse the store a finished ingest left in the work folder (data-N with e2e-ingest.json): queries only" };
        var ingestOnly = new Option<bool>("--ingest-only") { Description = "Stop after the ingest (later runs take it with --reuse-data); nothing is added to the results" };
        var skipAccuracy = new Option<bool>("--skip-accuracy") { Description = "Skip the separate extraction pass scored against the truth (accuracy and extraction MB/s not measured)" };
        var baselineWalk = new Option<bool>("--baseline-walk") { Description = "Also time the cascade with the old recursive-CTE walk, in the same run" };
        var cmd = new Command("e2e", "End to end on generated corpora: extraction, load, index, queries, accuracy; embedded store and optionally Neo4j")
        {
            docs, seed, work, neo4j, perRow, workers, noReport, note, reuseData, ingestOnly, skipAccuracy, baselineWalk,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var repo = RepoRoot.Find();
            var sizes = parse.GetValue(docs)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Trim().Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var resultsFile = Path.Combine(repo, "tests", "benchmarks", "e2e-results.json");
            var results = File.Exists(resultsFile) ? JsonSerializer.Deserialize<List<E2eResult>>(File.ReadAllText(resultsFile), ResultsJson) ?? [] : [];
            foreach (var n in sizes)
            {
                Console.WriteLine($"== N = {n:N0}");
                var bench = new E2eBenchmark(parse.GetValue(work)!, n, parse.GetValue(seed), parse.GetValue(workers), parse.GetValue(neo4j), parse.GetValue(perRow), Console.Out,
                    new E2eReuse(parse.GetValue(reuseData), parse.GetValue(ingestOnly), parse.GetValue(skipAccuracy), parse.GetValue(baselineWalk)));
                var r = await bench.RunAsync(MachineInfo.Read(repo));
                if (parse.GetValue(ingestOnly)) { Console.WriteLine($"ingested into {parse.GetValue(work)}/data-{n}; run again with --reuse-data for the queries"); continue; }
                results.RemoveAll(x => x.Documents == n && (x.Neo4j is null || r.Neo4j is not null));
                results.Add(r);
                results.Sort((a, b) => a.Documents.CompareTo(b.Documents));
                if (!parse.GetValue(noReport))
                    File.WriteAllText(resultsFile, JsonSerializer.Serialize(results, ResultsJson));
            }
            var section = E2eReport.Markdown(results, parse.GetValue(note));
            Console.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                ReportFile.UpdateSection(Path.Combine(repo, "tests", "benchmarks", "REPORT.md"), "e2e", section);
                E2ePlots.Write(results, Path.Combine(repo, "tests", "benchmarks"));
            }
            return 0;
        });
        return cmd;
    }

    /// <summary><c>e2e-report</c>: rebuild the report section and plots from the kept results (after an interrupted run).</summary>
    public static Command BuildReport()
    {
        var note = new Option<string?>("--note");
        var cmd = new Command("e2e-report", "Rebuild the e2e report section and plots from tests/benchmarks/e2e-results.json") { note };
        cmd.SetAction(parse =>
        {
            var repo = RepoRoot.Find();
            var file = Path.Combine(repo, "tests", "benchmarks", "e2e-results.json");
            if (!File.Exists(file)) { Console.Error.WriteLine($"error: {file}: no results yet (run e2e first)"); return 2; }
            var results = JsonSerializer.Deserialize<List<E2eResult>>(File.ReadAllText(file), ResultsJson) ?? [];
            var section = E2eReport.Markdown(results, parse.GetValue(note));
            ReportFile.UpdateSection(Path.Combine(repo, "tests", "benchmarks", "REPORT.md"), "e2e", section);
            E2ePlots.Write(results, Path.Combine(repo, "tests", "benchmarks"));
            Console.WriteLine(section);
            return 0;
        });
        return cmd;
    }
}
