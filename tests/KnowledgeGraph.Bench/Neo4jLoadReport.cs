using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary>The REPORT.md section of <c>neo4j-load</c>, rebuilt from every kept result.</summary>
public static class Neo4jLoadReport
{
    public static string Markdown(IReadOnlyList<Neo4jLoadResult> results)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("## Neo4j write path (`neo4j-load`)");
        sb.AppendLine();
        sb.AppendLine("    dotnet run -c Release --project tests/KnowledgeGraph.Bench -- neo4j-load --docs 10000 --neo4j-url http://127.0.0.1:7474");
        sb.AppendLine();
        sb.AppendLine("Generated corpus (seed 1), extracted first and held in memory, then loaded through `Neo4jGraphStore.UpsertDocumentsAsync` " +
                      "in calls of the batch size below, so the time is the loader's and the server's only. In the same run and on the same server: " +
                      "the issue's anchor (generated rows, bare `UNWIND $rows ... MERGE` on a uniquely constrained label, 20,000 rows a statement, " +
                      "one statement a request; as many nodes and relationships as the documents make), and one statement per row " +
                      "(`RowsPerStatement = 1`) on the first documents against the loader on the same documents. nodes/s and rels/s count every node and " +
                      "relationship in the graph after the load. \"In our process\" is the time spent building, serialising and reading requests; " +
                      "the rest of the wall time is the server's. \"Reload\" writes every document again over itself (delete previous facts, re-derive).");
        sb.AppendLine();
        foreach (var r in results)
            sb.AppendLine(CultureInfo.InvariantCulture, $"- N = {r.Documents:N0}: {r.Date}, commit {r.Commit}, {r.Machine}, {r.Server}, load average {r.LoadAverage} at the end");
        sb.AppendLine();
        sb.AppendLine("The embedded store's writer alone (`neo4j-load --sqlite DIR --batch 64`, same records): graph/SCALING.md section 2 (1,000 and 10,000 documents, batch path against one transaction per document, CPU ms a document).");
        sb.AppendLine();
        sb.AppendLine("\"n/f\": the anchor's statement did not finish within the bench's time limit (the server kept working on it).");
        sb.AppendLine();
        sb.AppendLine("| N | nodes | rels | load s | nodes/s | rels/s | anchor nodes/s | anchor rels/s | loader / anchor (nodes, rels) | requests | statements | MB sent | in our process s | reload s |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            double nps = r.Nodes / r.LoadSeconds, rps = r.Edges / r.LoadSeconds;
            double anps = r.AnchorNodes / r.AnchorNodeSeconds, arps = r.AnchorRels / r.AnchorRelSeconds;
            sb.AppendLine(string.Create(ci, $"| {r.Documents:N0} | {r.Nodes:N0} | {r.Edges:N0} | {r.LoadSeconds:0.0} | {nps:N0} | {rps:N0} | {F(anps)} | {F(arps)} | {F(nps / anps, "0.00")}, {F(rps / arps, "0.00")} | {r.Requests:N0} | {r.Statements:N0} | {r.RequestBytes / 1e6:0} | {r.ClientSeconds:0.0} | {F(r.ReloadSeconds, "0.0")} |"));
        }
        sb.AppendLine();
        sb.AppendLine("| N | per-row subset docs | nodes | rels | per-row s | per-row nodes/s | loader s | loader nodes/s | loader / per-row | cascade p50 ms | cascade p99 ms | 10 clients p99 ms | lookup p99 ms |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(string.Create(ci, $"| {r.Documents:N0} | {r.SubsetDocuments} | {r.SubsetNodes:N0} | {r.SubsetEdges:N0} | {r.SubsetPerRowSeconds:0.00} | {r.SubsetNodes / r.SubsetPerRowSeconds:N0} | {r.SubsetBatchedSeconds:0.00} | {r.SubsetNodes / r.SubsetBatchedSeconds:N0} | {r.SubsetPerRowSeconds / r.SubsetBatchedSeconds:0.0}x | {r.CascadeP50:0.0} | {r.CascadeP99:0.0} | {r.Cascade10P99:0.0} | {r.LookupP99:0.0} |"));
        }
        sb.AppendLine();
        sb.AppendLine("Same mix: the anchor's time for as many nodes and relationships as the loader wrote (nodes at the anchor's node rate plus relationships at its " +
                      "relationship rate), against the loader's wall time. Server CPU: seconds of CPU the Neo4j process used (`--neo4j-pid`); rows per server " +
                      "CPU-second do not depend on how busy the shared machine was, wall rates do.");
        sb.AppendLine();
        sb.AppendLine("| N | loader rows/s | anchor rows/s, same mix | loader / anchor | loader server CPU s | loader rows / server CPU-s | anchor nodes / server CPU-s | anchor rels / server CPU-s | anchor rows / server CPU-s, same mix | loader / anchor (CPU) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            double rows = r.Nodes + r.Edges, lrs = rows / r.LoadSeconds;
            var anchorSame = rows / (r.Nodes * r.AnchorNodeSeconds / r.AnchorNodes + r.Edges * r.AnchorRelSeconds / r.AnchorRels);
            var lcpu = rows / r.ServerCpuSeconds;
            double ancpu = r.AnchorNodes / r.AnchorNodeCpu, arcpu = r.AnchorRels / r.AnchorRelCpu;
            var acpuSame = rows / (r.Nodes / ancpu + r.Edges / arcpu);
            sb.AppendLine(string.Create(ci, $"| {r.Documents:N0} | {lrs:N0} | {F(anchorSame)} | {F(lrs / anchorSame, "0.00")} | {F(r.ServerCpuSeconds, "0.0")} | {F(lcpu)} | {F(ancpu)} | {F(arcpu)} | {F(acpuSame)} | {F(lcpu / acpuSame, "0.00")} |"));
        }
        if (results.Any(r => r.Cascades.Count > 0))
        {
            sb.AppendLine();
            sb.AppendLine("Cascades of chosen roots, each alone (down, default depth, with tasks and units): the busiest directive (most direct implementers in the " +
                          "generator's truth) and the most implemented one with 1,000-3,000 direct implementers. \"walk\" is the walk alone (one statement per depth, " +
                          "keys only); the rest of a cascade is reading the documents, edges, tasks and units of the answer.");
            sb.AppendLine();
            sb.AppendLine("| N | root | direct implementers | documents | edges | tasks | units | p50 ms | p99 ms (runs) | 10 clients p50 ms | 10 clients p99 ms (runs) | walk p50 ms | walk p99 ms |");
            sb.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
                foreach (var c in r.Cascades)
                    sb.AppendLine(string.Create(ci, $"| {r.Documents:N0} | {c.Label}: {c.Root} | {c.Implementers:N0} | {c.Nodes:N0} | {c.Edges:N0} | {c.Tasks:N0} | {c.Units:N0} | {c.P50:0} | {c.P99:0} ({c.Samples}) | {c.P50x10:0} | {c.P99x10:0} ({c.Samples10}) | {c.WalkP50:0} | {c.WalkP99:0} |"));
        }
        return sb.ToString();
    }

    private static string F(double v, string format = "N0") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/f";
}
