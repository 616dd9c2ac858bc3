using System.Text.Json;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Tests.Api;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>The unit registry through the 2025 reorganisation, through /graphql on 127.0.0.1.</summary>
public sealed class UnitRegistryApiTests(EmptyAnalystServerFixture server) : IClassFixture<EmptyAnalystServerFixture>
{
    private async Task IngestAsync()
    {
        foreach (var (name, text) in AnalystTexts.All.Take(2))
        {
            var r = await server.Client.PostAsync("mutation($f: String!, $c: String) { ingestDocument(fileName: $f, content: $c) { key } }",
                new { f = name, c = text }, apiKey: ApiServerFixture.ApiKey);
            Assert.False(r.HasErrors, r.Body);
        }
    }

    [Fact]
    public async Task Tasks_of_a_department_include_its_predecessors_in_the_merged_province_with_names_as_written()
    {
        await IngestAsync();
        var l = (await server.Client.DataAsync("""
            query { unitLineage(name: "Sở Tài chính", province: "Tuyên Quang") {
              province units { name province source } tasks { role task { lead { name province } } document { key } } } }
            """)).GetProperty("unitLineage");
        Assert.Equal("Tuyên Quang", l.GetProperty("province").GetString());
        var units = l.GetProperty("units").EnumerateArray().Select(u => $"{u.GetProperty("name").GetString()}|{u.GetProperty("province").GetString()}").ToList();
        Assert.Contains("Sở Kế hoạch và Đầu tư|Hà Giang", units);
        Assert.Contains("Sở Tài chính|Hà Giang", units);
        Assert.All(l.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("province").GetString() == "Hà Giang"),
            u => Assert.Contains("202/2025/QH15", u.GetProperty("source").GetString()));

        var tasks = l.GetProperty("tasks").EnumerateArray().ToList();
        var docs = tasks.Select(t => t.GetProperty("document").GetProperty("key").GetString()).Distinct().Order().ToList();
        Assert.Equal(["12/KH-UBND@2025@tuyen-quang", "45/KH-UBND@2023@ha-giang"], docs);
        // Names stay as written: the Hà Giang task still names Sở Kế hoạch và Đầu tư of Hà Giang as its lead.
        Assert.Contains(tasks, t => t.GetProperty("role").GetString() == "lead"
            && t.GetProperty("task").GetProperty("lead").EnumerateArray().Any(u => u.GetProperty("name").GetString() == "Sở Kế hoạch và Đầu tư" && u.GetProperty("province").GetString() == "Hà Giang"));
        // Sở Tài chính of Hà Giang supported the same task that Sở KH&ĐT of Hà Giang led: it counts once, as lead.
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("lead", t.GetProperty("role").GetString()));

        var science = (await server.Client.DataAsync("""query { unitLineage(name: "Sở Khoa học và Công nghệ", province: "Tuyên Quang") { tasks { document { key } } } }"""))
            .GetProperty("unitLineage").GetProperty("tasks");
        Assert.Equal("45/KH-UBND@2023@ha-giang", Assert.Single(science.EnumerateArray()).GetProperty("document").GetProperty("key").GetString());
    }

    /// <summary>Units named in the real pre-merger plan 378/QĐ-UBND (2022) of Hà Giang resolve to Tuyên Quang's.</summary>
    [Theory]
    [InlineData("Sở Kế hoạch và Đầu tư", "Hà Giang", "Sở Tài chính", "Tuyên Quang")]
    [InlineData("Sở Công Thương", "Hà Giang", "Sở Công Thương", "Tuyên Quang")]
    [InlineData("Sở Tài nguyên và Môi trường", "Bình Định", "Sở Nông nghiệp và Môi trường", "Gia Lai")]
    [InlineData("Sở Giao thông vận tải", "Lạng Sơn", "Sở Xây dựng", "Lạng Sơn")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "Long An", "Sở Nội vụ", "Tây Ninh")]
    [InlineData("Sở Thông tin và Truyền thông", "Vĩnh Phúc", "Sở Khoa học và Công nghệ", "Phú Thọ")]
    public async Task A_pre_merger_unit_resolves_to_its_successor(string name, string province, string successor, string successorProvince)
    {
        var s = (await server.Client.DataAsync("query($n: String!, $p: String) { unitSuccessor(name: $n, province: $p) { name province steps { source } } }",
            new { n = name, p = province })).GetProperty("unitSuccessor");
        Assert.Equal(successor, s.GetProperty("name").GetString());
        Assert.Equal(successorProvince, s.GetProperty("province").GetString());
        Assert.All(s.GetProperty("steps").EnumerateArray(), st => Assert.False(string.IsNullOrWhiteSpace(st.GetProperty("source").GetString())));
    }

    [Fact]
    public async Task An_unknown_province_is_an_error_naming_it()
    {
        var r = await server.Client.PostAsync("""query { unitLineage(name: "Sở Tài chính", province: "Atlantis") { province } }""");
        Assert.Contains("'Atlantis'", r.FirstError);
    }

    [Fact]
    public void Every_registry_entry_has_a_source_and_a_date()
    {
        Assert.NotEmpty(UnitRegistry.Default.Successions);
        Assert.All(UnitRegistry.Default.Successions, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Source));
            Assert.True(DateOnly.TryParse(s.Since, out _), $"{s.From}: since '{s.Since}'");
        });
        Assert.Equal(34, ProvinceMap.Current.Count);
    }
}
