using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>
/// A real pre-merger document: 378/QĐ-UBND (2022) of Hà Giang, merged into Tuyên Quang on 1/7/2025 (Nghị quyết
/// 202/2025/QH15). Its Điều 2 makes "Giám đốc Sở Công Thương" (of Hà Giang) execute it; asking for the tasks of Sở
/// Công Thương of Tuyên Quang finds that task through the registry, with the name and province as written.
/// </summary>
public sealed class MergedProvinceCorpusTests(CorpusAndSeedsServerFixture server) : IClassFixture<CorpusAndSeedsServerFixture>
{
    [Fact]
    public async Task Tasks_of_a_successor_department_include_the_real_pre_merger_decision_of_its_predecessor()
    {
        var l = (await server.Client.DataAsync("""
            query { unitLineage(name: "Sở Công Thương", province: "Tuyên Quang") {
              province units { name province source }
              tasks { role task { text lead { name province } } document { key code province } } } }
            """)).GetProperty("unitLineage");
        Assert.Contains(l.GetProperty("units").EnumerateArray(),
            u => u.GetProperty("name").GetString() == "Sở Công Thương" && u.GetProperty("province").GetString() == "Hà Giang");
        var haGiang = l.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("document").GetProperty("code").GetString() == "378/QĐ-UBND").ToList();
        var task = Assert.Single(haGiang);
        Assert.Equal("Hà Giang", task.GetProperty("document").GetProperty("province").GetString());
        Assert.Equal("lead", task.GetProperty("role").GetString());
        Assert.Contains(task.GetProperty("task").GetProperty("lead").EnumerateArray(),
            u => u.GetProperty("name").GetString() == "Sở Công Thương" && u.GetProperty("province").GetString() == "Hà Giang");
        Assert.Contains("chịu trách nhiệm thi hành", task.GetProperty("task").GetProperty("text").GetString());
    }
}
