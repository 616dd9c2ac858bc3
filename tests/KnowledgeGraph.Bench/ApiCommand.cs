using System.CommandLine;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary><c>api [--corpus DIR] [--connections N] [--seconds S] [--no-report]</c>: the GraphQL server under load against the store.</summary>
public static class ApiCommand
{
    public static Command Build() => CorpusServerBenchCommand.Build("api",
        "Requests/s and p99 of a document lookup, a 3-level cascade and a page of 50 documents with relations and tasks over HTTP (autocannon) vs the store directly", 10, ApiBenchmark.RunAsync, Markdown, _ => false);

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
