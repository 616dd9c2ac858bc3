using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>Coverage within a province on the real corpus + seeds: the assignees of each covered province.</summary>
public sealed partial class CoverageApiTests
{
    [Fact]
    public async Task Within_each_covered_province_every_assignee_is_listed_and_covered_only_by_documents_it_issued()
    {
        var c = (await server.Client.DataAsync("""
            query { coverage(key: "57-NQ/TW@2024") { provinces { province covered units { key }
              evidence { document { key issuer } }
              assignees { group covered unit { key name } documents { key issuer } } } } }
            """)).GetProperty("coverage");
        var checkedProvinces = 0;
        foreach (var p in c.GetProperty("provinces").EnumerateArray().Where(p => p.GetProperty("covered").GetBoolean()))
        {
            var assignees = p.GetProperty("assignees").EnumerateArray().ToList();
            Assert.Equal(p.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("key").GetString()).Order(StringComparer.Ordinal),
                assignees.Select(a => a.GetProperty("unit").GetProperty("key").GetString()).Order(StringComparer.Ordinal));
            var evidence = p.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("document").GetProperty("key").GetString()).ToHashSet();
            foreach (var a in assignees)
            {
                var name = a.GetProperty("unit").GetProperty("name").GetString()!;
                Assert.Equal(name.Contains("các ", StringComparison.OrdinalIgnoreCase), a.GetProperty("group").GetBoolean());
                var docs = a.GetProperty("documents").EnumerateArray().ToList();
                Assert.Equal(docs.Count > 0, a.GetProperty("covered").GetBoolean());
                Assert.All(docs, d => Assert.Contains(d.GetProperty("key").GetString(), evidence));
            }
            checkedProvinces++;
        }
        Assert.Equal(6, checkedProvinces);
        // Đồng Tháp's plans assign Sở Khoa học và Công nghệ (by hand, 552/KH-UBND), a single department, not a group.
        var dongThap = c.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == "Đồng Tháp");
        Assert.Contains(dongThap.GetProperty("assignees").EnumerateArray(),
            a => a.GetProperty("unit").GetProperty("name").GetString() == "Sở Khoa học và Công nghệ" && !a.GetProperty("group").GetBoolean());
    }
}
