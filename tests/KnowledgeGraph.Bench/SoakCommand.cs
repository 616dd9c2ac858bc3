using System.CommandLine;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary><c>soak [--corpus DIR] [--connections N] [--seconds S] [--no-report]</c>: minutes of mixed queries, errors and memory.</summary>
public static class SoakCommand
{
    public static Command Build() => CorpusServerBenchCommand.Build("soak",
        "The server under minutes of mixed GraphQL queries from a second process: errors, latency over time, memory before and after", 300, SoakBenchmark.RunAsync, Markdown, r => r.Non2xx + r.Errors + r.Timeouts + r.Mismatches > 0 || !r.AnswersAfter);

    private static string Markdown(SoakResult r, MachineInfo m, string load, string? note)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Soak: minutes of mixed queries (`soak`)");
        sb.AppendLine();
        sb.AppendLine("    dotnet run -c Release --project tests/KnowledgeGraph.Bench -- soak [--connections 8] [--seconds 300]");
        sb.AppendLine();
        sb.AppendLine(c, $"{m.Date:yyyy-MM-dd HH:mm} UTC, commit {m.Commit}; {m.Cores} cores, {m.Cpu}, {m.Memory}; {m.Os}; {m.Runtime}; load average {load}.");
        if (note is not null) sb.AppendLine().AppendLine(note);
        sb.AppendLine();
        sb.AppendLine(c, $"Embedded store with the seeds and the corpus ({r.Documents} documents). The real server (Kestrel, rate limit off) on 127.0.0.1; a second process (tests/clients/soak.mjs, autocannon) with {r.Connections} connections sends the {r.Mix.Count} requests below in turn for {r.Seconds} s after a 10 s warm-up. An error is a non-2xx status, a timeout, a connection error or a JSON body with `errors`.");
        sb.AppendLine();
        sb.AppendLine("| requests | req/s | non-2xx | connection errors | timeouts | bodies with errors | p50 ms | p99 ms | max ms | answers after the soak |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        sb.AppendLine(c, $"| {r.Requests} | {r.Rps:0} | {r.Non2xx} | {r.Errors} | {r.Timeouts} | {r.Mismatches} | {r.P50Ms:0} | {r.P99Ms:0} | {r.MaxMs:0} | {(r.AnswersAfter ? "yes" : "NO")} |");
        sb.AppendLine();
        var growth = r.RetainedAfterMb - r.RetainedBeforeMb;
        sb.AppendLine(c, $"Memory the server retains (managed heap after a forced full collection, same process): {r.RetainedBeforeMb:0.0} MB before the soak, {r.RetainedAfterMb:0.0} MB after ({growth:+0.0;-0.0} MB, {growth / Math.Max(r.RetainedBeforeMb, 0.001):+0%;-0%}); working set {r.WorkingSetBeforeMb:0} MB before, {r.WorkingSetAfterMb:0} MB after.");
        var half = r.Memory.Where(x => x.Second >= r.Seconds / 2.0).ToList();
        sb.AppendLine(c, $"Working set over the second half of the soak ({half.Count} samples): least-squares slope {Slope(half, x => x.WorkingSetMb) * 60:+0.0;-0.0} MB a minute, range {half.Min(x => x.WorkingSetMb):0}-{half.Max(x => x.WorkingSetMb):0} MB; a leak shows as a slope that does not fall to about zero once caches are warm.");
        sb.AppendLine();
        sb.AppendLine("Over time (one row a minute; latency from the load generator's 10 s window ending there, memory sampled every 5 s in the server):");
        sb.AppendLine();
        sb.AppendLine("| second | requests in window | errors | p50 ms | p99 ms | working set MB | managed heap MB | gen-2 collections |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var w in r.Windows.Where(w => w.Second % 60 == 0 || w == r.Windows[0] || w == r.Windows[^1]))
        {
            var mem = r.Memory.MinBy(s => Math.Abs(s.Second - w.Second))!;
            sb.AppendLine(c, $"| {w.Second} | {w.Requests} | {w.Errors} | {w.P50Ms:0} | {w.P99Ms:0} | {mem.WorkingSetMb:0} | {mem.ManagedMb:0} | {mem.Gen2Collections} |");
        }
        sb.AppendLine();
        sb.AppendLine("The mix:");
        sb.AppendLine();
        foreach (var q in r.Mix) sb.AppendLine($"- {q.Name}: `{q.Method} {(q.Body is null ? Uri.UnescapeDataString(q.Path) : q.Path + " " + q.Body)}`");
        return sb.ToString().TrimEnd();
    }

    /// <summary>Least-squares slope of a value against the sample's second (units a second).</summary>
    private static double Slope(IReadOnlyList<MemorySample> samples, Func<MemorySample, double> value)
    {
        if (samples.Count < 2) return 0;
        var mx = samples.Average(x => x.Second);
        var my = samples.Average(value);
        var sxx = samples.Sum(x => (x.Second - mx) * (x.Second - mx));
        return sxx == 0 ? 0 : samples.Sum(x => (x.Second - mx) * (value(x) - my)) / sxx;
    }
}
