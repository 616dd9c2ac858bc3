using System.CommandLine;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary><c>api [--corpus DIR] [--connections N] [--seconds S] [--no-report]</c>: the GraphQL server under load against the store.</summary>
public static class ApiCommand
{
    public static Command Build()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder holding corpus/ and seeds/ (default: <repo>/../shared)" };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections (autocannon -c) and concurrent store loops", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per operation and path", DefaultValueFactory = _ => 10 };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave tests/benchmarks/REPORT.md alone" };
        var note = new Option<string?>("--note") { Description = "A sentence recorded with the numbers" };
        var cmd = new Command("api", "Requests/s and p99 of a document lookup, a 3-level cascade and a page of 50 documents with relations and tasks over HTTP (autocannon) vs the store directly")
        {
            corpus, connections, seconds, noReport, note,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var repo = RepoRoot.Find();
            var shared = Path.GetFullPath(parse.GetValue(corpus) ?? Path.Combine(repo, "..", "shared"));
            var folders = new[] { Path.Combine(shared, "seeds"), Path.Combine(shared, "corpus") }.Where(Directory.Exists).ToList();
            if (folders.Count == 0) { Console.Error.WriteLine($"error: {shared}: neither seeds/ nor corpus/ is there (use --corpus DIR)"); return 2; }
            var loadBefore = MachineInfo.LoadAverage();
            ApiBenchResult result;
            try { result = await ApiBenchmark.RunAsync(folders, parse.GetValue(connections), parse.GetValue(seconds), Console.Out); }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"error: {e.Message}"); return 1; }
            var section = Markdown(result, MachineInfo.Read(repo), $"{loadBefore} at the start, {MachineInfo.LoadAverage()} at the end", parse.GetValue(note));
            Console.Out.WriteLine();
            Console.Out.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                var report = Path.Combine(repo, "tests", "benchmarks", "REPORT.md");
                ReportFile.UpdateSection(report, "api", section);
                Console.Out.WriteLine($"updated {Path.GetRelativePath(repo, report)}");
            }
            return 0;
        });
        return cmd;
    }

    private static string Markdown(ApiBenchResult r, MachineInfo m, string load, string? note)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## GraphQL API under load (`api`)");
        sb.AppendLine();
        sb.AppendLine("    dotnet run -c Release --project tests/KnowledgeGraph.Bench -- api [--connections 8] [--seconds 10]");
        sb.AppendLine();
        sb.AppendLine(c, $"{m.Date:yyyy-MM-dd HH:mm} UTC, commit {m.Commit}; {m.Cores} cores, {m.Cpu}, {m.Memory}; {m.Os}; {m.Runtime}; load average {load}.");
        if (note is not null) sb.AppendLine().AppendLine(note);
        sb.AppendLine();
        sb.AppendLine(c, $"Embedded store (SQLite) with the seeds and the corpus ({r.Documents} documents ingested). HTTP: the real server (Kestrel, /graphql, rate limit off) on 127.0.0.1 loaded by autocannon {r.Autocannon} in a second process (node), {r.Connections} connections, POST application/json, {r.Seconds} s after a 2 s warm-up. Store: the same store calls in-process on {r.Connections} concurrent loops for {r.Seconds} s. Both paths run on the same cores: under HTTP load the node client takes part of the CPU, which is part of the cost measured.");
        sb.AppendLine();
        sb.AppendLine("| operation | HTTP req/s | HTTP p50 ms | HTTP p99 ms | errors | store calls/s | store p50 ms | store p99 ms | store/HTTP throughput | HTTP/store p99 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var o in r.Operations)
            sb.AppendLine(c, $"| {o.Name} | {o.HttpRps:0} | {o.HttpP50Ms:0.0} | {o.HttpP99Ms:0.0} | {o.HttpErrors} | {o.StoreRps:0} | {o.StoreP50Ms:0.00} | {o.StoreP99Ms:0.00} | {o.StoreRps / o.HttpRps:0.0}× | {o.HttpP99Ms / Math.Max(o.StoreP99Ms, 0.001):0.0}× |");
        sb.AppendLine();
        sb.AppendLine("Queries:");
        sb.AppendLine();
        foreach (var o in r.Operations) sb.AppendLine($"- {o.Name}: `{o.Query.ReplaceLineEndings(" ").Trim()}`");
        return sb.ToString().TrimEnd();
    }
}
