using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>
/// Coverage within a province (issue #10): which departments or communes a province's plan assigns have issued an
/// implementing document of their own. Two made-up plans in the shape of real ones, through the rules pipeline.
/// </summary>
public sealed class AssigneeCoverageTests : IAsyncLifetime, IDisposable
{
    private const string ProvincePlan = """
        ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
        Số: 20/KH-UBND                Tuyên Quang, ngày 05 tháng 9 năm 2025
        KẾ HOẠCH
        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
        Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh Tuyên Quang ban hành Kế hoạch như sau:
        III. TỔ CHỨC THỰC HIỆN
        1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 31/12/2025.
        2. Sở Nội vụ chủ trì rà soát biên chế cho các đơn vị chuyển đổi số, hoàn thành trước ngày 30/11/2025.
        3. UBND các xã, phường chủ trì triển khai thực hiện Kế hoạch trên địa bàn, báo cáo trước ngày 15/12 hàng năm.
        """;

    /// <summary>Sở Tài chính's own plan carrying the province's plan out; Sở Nội vụ issued none.</summary>
    private const string DepartmentPlan = """
        UBND TỈNH TUYÊN QUANG
        SỞ TÀI CHÍNH
        Số: 7/KH-STC                Tuyên Quang, ngày 20 tháng 9 năm 2025
        KẾ HOẠCH
        Thực hiện Kế hoạch số 20/KH-UBND ngày 05/9/2025 của UBND tỉnh Tuyên Quang thực hiện Nghị quyết số 57-NQ/TW
        Thực hiện Kế hoạch số 20/KH-UBND ngày 05/9/2025 của UBND tỉnh Tuyên Quang, Sở Tài chính ban hành Kế hoạch như sau:
        1. Phòng Ngân sách chủ trì tổng hợp dự toán kinh phí chuyển đổi số, hoàn thành trước ngày 15/11/2025.
        """;

    private readonly TempFolder _folder = new();
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_folder.Path);
        await _store.InitializeAsync();
        using var texts = new TempFolder();
        File.WriteAllText(Path.Combine(texts.Path, "tq-20.txt"), ProvincePlan);
        File.WriteAllText(Path.Combine(texts.Path, "tq-stc-7.txt"), DepartmentPlan);
        var result = new ExtractionPipeline(Decoders.All).ExtractPaths([texts.Path]);
        Assert.Empty(result.Errors);
        foreach (var d in result.Documents) await _store.UpsertDocumentAsync(d);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_department_with_its_own_plan_is_covered_one_without_is_not_and_a_group_is_marked()
    {
        var coverage = await new CascadeAnalyst(_store).CoverageAsync("57-NQ/TW@2024");
        var tq = coverage!.Provinces.Single(p => p.Province == "Tuyên Quang");
        var assignees = AssigneeAnalyst.Of(tq).ToDictionary(a => a.Unit.Name);

        var finance = assignees["Sở Tài chính"];
        Assert.True(finance.Covered);
        Assert.Equal(["7/KH-STC@2025@tuyen-quang"], finance.Documents.Select(d => d.Key));
        Assert.Equal("province", finance.Level);

        var home = assignees["Sở Nội vụ"];
        Assert.False(home.Covered);
        Assert.False(home.Group);

        var communes = assignees["UBND các xã, phường"];
        Assert.True(communes.Group);
        Assert.False(communes.Covered);
        Assert.Equal("commune", communes.Level);

        // The department's own assignee (a division of Sở Tài chính) is listed too, not covered.
        Assert.False(assignees["Phòng Ngân sách"].Covered);
    }

    [Theory]
    [InlineData("các sở, ban, ngành", true)]
    [InlineData("ủy ban nhân dân các huyện, thành phố", true)]
    [InlineData("sở tài chính", false)]
    [InlineData("ủy ban nhân dân phường đông kinh", false)]
    [InlineData("sở lao động - thương binh và xã hội", false)]
    public void A_group_is_a_plural_naming_many_bodies(string normalizedName, bool group) =>
        Assert.Equal(group, AssigneeAnalyst.IsGroup(normalizedName));
}
