using System.CommandLine;
using System.Text.Json;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>neo4j-load --docs 10000[,100000] --neo4j-url URL [--per-row-docs 200] [--batch 1000] [--seed S] [--work DIR] [--no-report]</c>:
/// the Neo4j write path alone against the anchor and one statement per row, same run; results kept in
/// tests/benchmarks/neo4j-load-results.json and the report section rebuilt from them. The server's data is cleared.
/// </summary>
public static class Neo4jLoadCommand
{
    /// <summary>A rate that could not be measured (the anchor did not finish) is kept as NaN.</summary>
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static Command Build()
    {
        var docs = new Option<string>("--docs") { Description = "Corpus sizes, comma-separated", DefaultValueFactory = _ => "10000" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var work = new Option<string>("--work") { Description = "Scratch folder for corpora", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "kg-e2e") };
        var neo4j = new Option<string?>("--neo4j-url") { Description = "The Neo4j to load (its data is cleared!)" };
        var sqlite = new Option<string?>("--sqlite") { Description = "Instead of Neo4j: load the embedded store in this (emptied) folder, no report" };
        var perRow = new Option<int>("--per-row-docs") { Description = "Documents in the one-statement-per-row baseline", DefaultValueFactory = _ => 200 };
        var batch = new Option<int>("--batch") { Description = "Documents per store call", DefaultValueFactory = _ => 1000 };
        var noReport = new Option<bool>("--no-report");
        var anchorSeconds = new Option<int>("--anchor-seconds") { Description = "Time limit of each anchor request (0: no anchor)", DefaultValueFactory = _ => 180 };
        var noReload = new Option<bool>("--no-reload") { Description = "Skip re-loading every document over itself" };
        var pid = new Option<int?>("--neo4j-pid") { Description = "The Neo4j server's process id (neo4j.sh start prints it): its CPU seconds are measured" };
        var extractOnly = new Option<bool>("--extract-only") { Description = "Only extract and cache the records beside the corpus (no Neo4j, no report)" };
        var rowsPerCommit = new Option<int>("--rows-per-commit") { Description = "Loader's MaxRowsPerCommit (0: the store's default)" };
        var cmd = new Command("neo4j-load", "Neo4j write path: the store's bulk load against a bare UNWIND MERGE anchor and one statement per row, same run")
        {
            docs, seed, work, neo4j, sqlite, perRow, batch, noReport, anchorSeconds, rowsPerCommit, noReload, extractOnly, pid,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var repo = RepoRoot.Find();
            if (parse.GetValue(neo4j) is null == parse.GetValue(sqlite) is null && !parse.GetValue(extractOnly)) { Console.Error.WriteLine("error: give --neo4j-url or --sqlite"); return 2; }
            var sizes = parse.GetValue(docs)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Trim().Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var resultsFile = Path.Combine(repo, "tests", "benchmarks", "neo4j-load-results.json");
            var results = File.Exists(resultsFile) ? JsonSerializer.Deserialize<List<Neo4jLoadResult>>(File.ReadAllText(resultsFile), Json) ?? [] : [];
            foreach (var n in sizes)
            {
                Console.WriteLine($"== N = {n:N0}");
                var bench = new Neo4jLoadBenchmark(parse.GetValue(work)!, n, parse.GetValue(seed), parse.GetValue(neo4j), parse.GetValue(perRow), parse.GetValue(batch), Console.Out, parse.GetValue(sqlite), parse.GetValue(anchorSeconds), parse.GetValue(rowsPerCommit), parse.GetValue(noReload))
                    { ExtractOnly = parse.GetValue(extractOnly), Server = ServerCpu.For(parse.GetValue(pid)) };
                var r = await bench.RunAsync(MachineInfo.Read(repo));
                if (parse.GetValue(sqlite) is not null || parse.GetValue(extractOnly)) continue;
                results.RemoveAll(x => x.Documents == r.Documents);
                results.Add(r);
                results.Sort((a, b) => a.Documents.CompareTo(b.Documents));
                if (!parse.GetValue(noReport))
                    File.WriteAllText(resultsFile, JsonSerializer.Serialize(results, Json));
            }
            var section = Neo4jLoadReport.Markdown(results);
            Console.WriteLine(section);
            if (!parse.GetValue(noReport))
                ReportFile.UpdateSection(Path.Combine(repo, "tests", "benchmarks", "REPORT.md"), "neo4j-load", section);
            return 0;
        });
        return cmd;
    }
}
