using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>The rule for local deadlines later than the central one, as a table.</summary>
public sealed class DeadlineAnalystTests
{
    private static readonly DocumentNode Central = new() { Key = "C", Code = "1/KH-BKHCN", Date = "2025-02-05" };
    private static readonly DocumentNode Province = new() { Key = "P", Code = "2/KH-UBND", Province = "Đồng Tháp", Date = "2025-04-01" };
    private static readonly DocumentNode Department = new() { Key = "D", Code = "3/KH-SKHCN", Province = "Đồng Tháp", Date = "2025-05-01" };

    private static TaskInfo Task(string doc, int n, string? date, string? domain, string lead, string? province) => new()
    {
        Key = $"{doc}#task-{n}", Document = doc, Ordinal = n, Text = $"task {n}", Domain = domain,
        Deadline = date is null ? null : new DeadlineInfo($"trước ngày {date}", date, null, null, null),
        Lead = [new UnitRef(lead, lead, province)],
    };

    // local due, local domain, local lead | central due, central domain, central lead | expected match (null: not reported)
    [Theory]
    [InlineData("2025-12-31", "digital", "Sở Tài chính", "2025-09-30", "digital", "Bộ Tài chính", "domain digital")]
    [InlineData("2025-12-31", null, "Sở Tài chính", "2025-09-30", null, "Sở Tài chính", "lead unit Sở Tài chính")]
    [InlineData("2025-09-30", "digital", "Sở Tài chính", "2025-09-30", "digital", "Bộ Tài chính", null)] // same day is not later
    [InlineData("2025-12-31", "digital", "Sở Tài chính", "2025-09-30", "health", "Bộ Y tế", null)]     // different work
    [InlineData("2025-12-31", null, "Sở Tài chính", null, null, "Sở Tài chính", null)]                  // no central date
    public void Later_than_central_follows_the_stated_rule(string localDue, string? localDomain, string localLead,
        string? centralDue, string? centralDomain, string centralLead, string? expected)
    {
        // C ← P ← D: the department's plan carries out the province's, which carries out the central one.
        var tree = new List<CascadeLink> { new(Central, 0, null, null), new(Province, 1, "C", null), new(Department, 2, "P", null) };
        var tasks = new List<TaskInfo>
        {
            Task("C", 1, centralDue, centralDomain, centralLead, null),
            Task("D", 1, localDue, localDomain, localLead, "Đồng Tháp"),
        };
        var late = DeadlineAnalyst.LaterThanCentral(tree, tasks);
        if (expected is null) { Assert.Empty(late); return; }
        var one = Assert.Single(late);
        Assert.Equal("D#task-1", one.Local.Task.Key);
        Assert.Equal("C#task-1", one.Central.Task.Key);
        Assert.Equal(expected, one.MatchedBy);
    }

    [Fact]
    public void A_task_outside_the_chain_is_not_compared()
    {
        var other = new DocumentNode { Key = "O", Province = "Đồng Nai", Date = "2025-04-01" };
        var tree = new List<CascadeLink> { new(Central, 0, null, null), new(Province, 1, "C", null), new(other, 1, "C", null) };
        // O's task is compared with C (its ancestor) but never with P (a sibling).
        var tasks = new List<TaskInfo> { Task("P", 1, "2025-06-30", "digital", "Sở Tài chính", "Đồng Tháp"), Task("O", 1, "2025-12-31", "digital", "Sở Tài chính", "Đồng Nai") };
        Assert.Empty(DeadlineAnalyst.LaterThanCentral(tree, tasks));
    }
}
