using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Tests.Graph;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>
/// The read queries seek an index instead of scanning a label (SQLite has no statistics here, so its planner
/// can pick a scan that grows with the store): checked with EXPLAIN QUERY PLAN on a real store file.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync()
    {
        await using var store = new SqliteGraphStore(_folder.Path);
        await store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, string> Queries() => new()
    {
        { "lookup by code", SqliteQueries.FindByCode, "USING INDEX nodes_code (label=? AND code_key=?)" },
        // Into a document: a seek on to_key (edges_to or edges_rank_by_key, the planner's choice); out of it: on from_key and type.
        { "walk step", SqliteQueries.WalkStep, "SEARCH e USING INDEX edges_" },
        { "walk step", SqliteQueries.WalkStep, " (to_key=?" },
        { "walk step", SqliteQueries.WalkStep, "USING INDEX edges_from (from_key=? AND type=?)" },
        { "existing documents", SqliteQueries.ExistingDocuments, "USING PRIMARY KEY (label=? AND key=?)" },
        { "task units", SqliteQueries.TaskUnits, "USING INDEX nodes_owner (label=? AND owner=?)" },
        { "task units", SqliteQueries.TaskUnits, "USING INDEX edges_from (from_key=? AND type=?)" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_read_query_seeks_its_index(string name, string sql, string expected)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, KnowledgeGraph.Graph.GraphDataPaths.SqliteFileName)}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var p in new[] { "$c", "$y", "$p", "$frontier", "$in", "$out", "$both", "$min", "$keys" }.Where(sql.Contains))
            cmd.Parameters.AddWithValue(p, p is "$y" or "$p" ? DBNull.Value : p == "$min" ? 0.8 : "[]");
        var plan = new List<string>();
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) plan.Add(r.GetString(3));
        Assert.True(plan.Any(l => l.Contains(expected, StringComparison.Ordinal)), $"{name}: expected '{expected}' in the plan:\n{string.Join("\n", plan)}");
        Assert.DoesNotContain(plan, l => l.StartsWith("SCAN nodes", StringComparison.Ordinal) || l.StartsWith("SCAN edges", StringComparison.Ordinal) || l.Contains("USING PRIMARY KEY (label=?)", StringComparison.Ordinal));
    }
}
