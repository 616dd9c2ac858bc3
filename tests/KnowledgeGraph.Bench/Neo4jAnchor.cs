using System.Diagnostics;
using KnowledgeGraph.Graph.Neo4j;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The anchor of issue #3, measured in the same run as the loader: generated rows written with a bare
/// <c>UNWIND $rows ... MERGE</c> over the HTTP commit endpoint, 20,000 rows a statement, one statement a request,
/// on a label with a unique constraint. The relationship statement looks its two ends up with one OPTIONAL MATCH
/// each, as the store's CreateEdges does: with MATCH ... MATCH (also with WITH row, a between them), Neo4j 3.1's cost
/// planner chose, in every bench run of this session, a ValueHashJoin of two NodeIndexScans per row (thread dump:
/// FilterPipe under ValueHashJoinPipe; USING INDEX is satisfied by the scan) that never finished, where EXPLAIN of
/// a fresh text showed two NodeUniqueIndexSeeks (graph/SCALING.md section 3). No deletes, no shared-node bookkeeping: the ceiling a loader can approach.
/// The nodes are removed afterwards.
/// </summary>
public static class Neo4jAnchor
{
    public const int RowsPerStatement = 20_000;
    private const string Label = "BenchAnchor";

    public static async Task<(long Nodes, long Rels, double NodeSeconds, double RelSeconds, double NodeCpu, double RelCpu)> RunAsync(Neo4jOptions options, int nodes, int rels, TextWriter log, ServerCpu? cpu = null)
    {
        using var client = new Neo4jHttpClient(options);
        var endpoint = await client.DiscoverAsync(CancellationToken.None);
        var ddl = endpoint.Major <= 3
            ? $"CREATE CONSTRAINT ON (n:{Label}) ASSERT n.key IS UNIQUE"
            : $"CREATE CONSTRAINT bench_anchor_key IF NOT EXISTS FOR (n:{Label}) REQUIRE n.key IS UNIQUE";
        await client.CommitAsync(new CypherStatement("AnchorSchema", ddl, new Dictionary<string, object?>()), CancellationToken.None);
        await ClearAsync(client);

        var rng = new Random(7);
        var nodeRows = Enumerable.Range(0, nodes).Select(i => (object)new Dictionary<string, object?>
        {
            ["key"] = $"anchor/{i:D7}", ["props"] = new Dictionary<string, object?> { ["name"] = $"Sở số {i}", ["province"] = $"Tỉnh {i % 34}", ["level"] = "province" },
        }).ToList();
        var relRows = Enumerable.Range(0, rels).Select(i => (object)new Dictionary<string, object?>
        {
            ["from"] = $"anchor/{rng.Next(nodes):D7}", ["to"] = $"anchor/{rng.Next(nodes):D7}",
            ["props"] = new Dictionary<string, object?> { ["source"] = $"doc/{i}", ["rank"] = $"r{i % 100:D3}" },
        }).ToList();

        var sw = Stopwatch.StartNew();
        var nodeSeconds = double.NaN;
        double nodeCpu = double.NaN, cpuMark = cpu?.Seconds() ?? double.NaN;
        try
        {
        foreach (var chunk in nodeRows.Chunk(RowsPerStatement))
            await client.CommitAsync(new CypherStatement("AnchorNodes", $"UNWIND $rows AS row MERGE (n:{Label} {{key: row.key}}) SET n += row.props",
                new Dictionary<string, object?> { ["rows"] = chunk }), CancellationToken.None);
        nodeSeconds = sw.Elapsed.TotalSeconds;
        nodeCpu = (cpu?.Seconds() ?? double.NaN) - cpuMark;
        cpuMark = cpu?.Seconds() ?? double.NaN;
        sw.Restart();
        foreach (var chunk in relRows.Chunk(RowsPerStatement))
            await client.CommitAsync(new CypherStatement("AnchorRels",
                $"UNWIND $rows AS row OPTIONAL MATCH (a:{Label} {{key: row.from}}) USING INDEX a:{Label}(key) OPTIONAL MATCH (b:{Label} {{key: row.to}}) USING INDEX b:{Label}(key) " +
                "MERGE (a)-[r:ANCHOR_REL]->(b) SET r += row.props",
                new Dictionary<string, object?> { ["rows"] = chunk }), CancellationToken.None);
        }
        catch (Neo4jUnavailableException e)
        {
            // Reported as not finished (NaN rates); the server is left to finish or be restarted.
            log.WriteLine($"anchor did not finish: {e.Message} after {sw.Elapsed.TotalSeconds:0} s");
            return (nodes, rels, nodeSeconds, double.NaN, nodeCpu, double.NaN);
        }
        var relSeconds = sw.Elapsed.TotalSeconds;
        var relCpu = (cpu?.Seconds() ?? double.NaN) - cpuMark;
        log.WriteLine($"anchor (bare UNWIND MERGE, {RowsPerStatement:N0} rows a statement): {nodes:N0} nodes in {nodeSeconds:0.00} s ({nodes / nodeSeconds:0} nodes/s), " +
                      $"{rels:N0} rels in {relSeconds:0.00} s ({rels / relSeconds:0} rels/s); server CPU {nodeCpu:0.0} s and {relCpu:0.0} s");
        await ClearAsync(client);
        return (nodes, rels, nodeSeconds, relSeconds, nodeCpu, relCpu);
    }

    private static async Task ClearAsync(Neo4jHttpClient client)
    {
        while (true)
        {
            var r = await client.CommitAsync(new CypherStatement("AnchorClear", $"MATCH (n:{Label}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n",
                new Dictionary<string, object?> { ["limit"] = 20_000 }), CancellationToken.None);
            if (r[0].Rows.Count == 0 || r[0].Rows[0][0].GetInt64() == 0) return;
        }
    }
}
