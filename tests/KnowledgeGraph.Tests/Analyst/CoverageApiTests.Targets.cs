using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>Chỉ tiêu (targets) of the real seeds through /graphql: on the document and in side by side.</summary>
public sealed partial class CoverageApiTests
{
    private const string AntiWastePlan = "001_904cbcd6fc4f53a0.txt";   // UBND tỉnh Lạng Sơn, anti-waste to 2035
    private const string ReformPlan = "004_f086a341d523f0d6.txt";      // UBND tỉnh Lạng Sơn, CCHC 2026 (carries out 57-NQ/TW)

    private async Task<string> SeedKeyAsync(string sourceFile)
    {
        string? cursor = null;
        do
        {
            var page = await server.Store.ListDocumentsAsync(new DocumentFilter { Province = "Lạng Sơn", Ingested = true }, cursor, 200);
            if (page.Items.FirstOrDefault(d => d.SourceFile == sourceFile) is { } d) return d.Key;
            cursor = page.NextCursor;
        } while (cursor is not null);
        throw new InvalidOperationException($"seed {sourceFile} was not ingested");
    }

    /// <summary>
    /// Seed 001 by hand: "Phấn đấu giải ngân 100% các nguồn vốn đã được bố trí trong năm" and "... để đạt tỷ lệ che phủ
    /// rừng trên 67% vào năm 2030"; each target's span is its value in the stored text.
    /// </summary>
    [Fact]
    public async Task A_Lang_Son_seed_plan_sets_its_percentage_targets_with_the_sentence_and_span()
    {
        var key = await SeedKeyAsync(AntiWastePlan);
        var doc = (await server.Client.DataAsync("""
            query($key: String!) { document(key: $key) { text targets { key documentKey ordinal value unit text start end } } }
            """, new { key })).GetProperty("document");
        var text = doc.GetProperty("text").GetString()!;
        var targets = doc.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, targets.Count), targets.Select(t => t.GetProperty("ordinal").GetInt32()));
        var forest = Assert.Single(targets, t => t.GetProperty("text").GetString()!.Contains("che phủ rừng"));
        Assert.Equal(67, forest.GetProperty("value").GetDouble());
        Assert.Equal("%", forest.GetProperty("unit").GetString());
        Assert.Equal(key, forest.GetProperty("documentKey").GetString());
        Assert.Equal("67%", text[forest.GetProperty("start").GetInt32()..forest.GetProperty("end").GetInt32()]);
        var disbursement = Assert.Single(targets, t => t.GetProperty("text").GetString()!.Contains("giải ngân 100%"));
        Assert.Equal(100, disbursement.GetProperty("value").GetDouble());
    }

    /// <summary>
    /// 57-NQ/TW in Lạng Sơn (seed 004, CCHC 2026) and Đồng Tháp (552, 597, 617/KH-UBND): every target of Lạng Sơn's
    /// implementing documents appears once, in its province's column, in a domain row; seed 004 sets "tỷ lệ khai
    /// thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 80%" and "100% trung tâm xã được phủ sóng 5G".
    /// </summary>
    [Fact]
    public async Task Side_by_side_shows_each_provinces_targets_in_the_domain_rows_beside_the_tasks()
    {
        var s = (await server.Client.DataAsync("""
            query { sideBySide(key: "57-NQ/TW@2024", provinces: ["Lạng Sơn", "Đồng Tháp"]) {
              columns { province evidence { document { key } } }
              rows { domain cells { province tasks { key } targets { key documentKey value unit text } } } } }
            """)).GetProperty("sideBySide");
        var docsOf = s.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("province").GetString()!,
            c => c.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("document").GetProperty("key").GetString()!).ToList());
        var cells = s.GetProperty("rows").EnumerateArray()
            .SelectMany(r => r.GetProperty("cells").EnumerateArray().Select(c => (Domain: r.GetProperty("domain").GetString()!, Cell: c))).ToList();
        var langSon = cells.Where(c => c.Cell.GetProperty("province").GetString() == "Lạng Sơn")
            .SelectMany(c => c.Cell.GetProperty("targets").EnumerateArray().Select(t => (c.Domain, Target: t))).ToList();

        var reform = await SeedKeyAsync(ReformPlan);
        Assert.Contains(reform, docsOf["Lạng Sơn"]);
        var expected = await server.Store.TargetsOfDocumentsAsync(docsOf["Lạng Sơn"]);
        Assert.True(expected.Count >= 10, $"the CCHC plan sets many targets; {expected.Count} stored");
        Assert.Equal(expected.Select(t => t.Key).Order(StringComparer.Ordinal), langSon.Select(t => t.Target.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        // Sentences of neighbouring targets overlap ("... đạt tối thiểu 80%, ... đạt 100%, ... đạt tối thiểu 90%"): one
        // target per value.
        Assert.Single(langSon, t => t.Target.GetProperty("text").GetString()!.Contains("tối thiểu 80%") && t.Target.GetProperty("value").GetDouble() == 80);
        // The committed task-domain model puts the cloud target with the digital-transformation tasks.
        Assert.Contains(langSon, t => t.Domain == "digital-transformation" && t.Target.GetProperty("text").GetString()!.Contains("điện toán đám mây"));
        Assert.Contains(langSon, t => t.Target.GetProperty("text").GetString()!.Contains("phủ sóng 5G") && t.Target.GetProperty("value").GetDouble() == 100);
        foreach (var (domain, cell) in cells)
            foreach (var t in cell.GetProperty("targets").EnumerateArray())
                Assert.Contains(t.GetProperty("documentKey").GetString()!, docsOf[cell.GetProperty("province").GetString()!]);
        // Aligned by domain: targets sit in the rows of the task domains (not all in the row without a domain). This
        // fixture extracts with the rules alone, so its tasks carry no domain; `kg ingest` sets both (browser test).
        Assert.All(langSon, t => Assert.Contains(t.Domain, KnowledgeGraph.Ml.Domains.TaskDomains.All.Append("(none)")));
        Assert.Contains(langSon, t => t.Domain != "(none)");
    }
}
