using Xunit;
using System.Text.Json;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui;

/// <summary>The web UI in Chromium against `kg serve` over the seeds (issue #6, "What it must show").</summary>
[Collection("browser")]
public sealed class SeedUiTests(SeedServerFixture seeds) : IClassFixture<SeedServerFixture>
{
    /// <summary>The seeds on thực hành tiết kiệm, chống lãng phí (anti-waste); 004 is the administrative-reform plan.</summary>
    private static readonly string[] AntiWastePlans = ["000_e2b6750fc649ae60.txt", "001_904cbcd6fc4f53a0.txt", "003_2b1147220dc03f18.txt"];

    private static string KeyOf(string href) => Uri.UnescapeDataString(href["/doc/".Length..]);

    private static void NoConsoleErrorsNorForeignRequests(JsonElement observed)
    {
        // "Failed to load resource" is Chromium logging an HTTP error status the page itself reports (bad-input cases).
        Assert.DoesNotContain(observed.GetProperty("consoleErrors").Strings(), e => !e.Contains("Failed to load resource", StringComparison.Ordinal));
        Assert.Empty(observed.GetProperty("foreignRequests").Strings());
    }

    [Fact]
    public void Search_lang_phi_without_diacritics_finds_the_three_anti_waste_plans_first()
    {
        var o = BrowserScenario.Run("search", seeds.Server.BaseUrl);

        var hits = o.GetProperty("hits").EnumerateArray().ToList();
        var expected = AntiWastePlans.Select(f => seeds.KeyByFile[f]).ToHashSet();
        Assert.Equal(expected, hits.Take(3).Select(h => KeyOf(h.Text("href"))).ToHashSet());
        Assert.DoesNotContain(seeds.KeyByFile["004_f086a341d523f0d6.txt"], hits.Take(3).Select(h => KeyOf(h.Text("href"))));
        // Highlights keep the diacritics as written although the query had none.
        foreach (var hit in hits.Take(3))
            Assert.Contains(hit.GetProperty("marks").Strings(), m => m.Equals("lãng", StringComparison.OrdinalIgnoreCase) || m.Equals("phí", StringComparison.OrdinalIgnoreCase));
        // Paging: page 2 has other hits and says so.
        var page2 = o.GetProperty("page2");
        Assert.Contains("page=2", page2.Text("url"));
        Assert.Contains("trang 2/", page2.Text("count"));
        Assert.Empty(page2.GetProperty("hits").EnumerateArray().Select(h => h.Text("href")).Intersect(hits.Select(h => h.Text("href"))));
        var facets = o.GetProperty("facets").EnumerateArray().Select(f => f.Text("name")).ToList();
        Assert.Contains("Loại văn bản", facets);
        Assert.Contains("Tỉnh, thành phố", facets);

        // The province facet narrows to Lạng Sơn, is kept in the URL, and the URL alone gives the same results.
        Assert.Contains("province=", o.Text("url"));
        var filtered = o.GetProperty("filteredHits").EnumerateArray().ToList();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Contains("Lạng Sơn", h.Text("meta")));
        Assert.DoesNotContain(seeds.KeyByFile["003_2b1147220dc03f18.txt"], filtered.Select(h => KeyOf(h.Text("href"))));
        Assert.Equal(filtered.Select(h => h.Text("href")), o.GetProperty("reloadedHits").EnumerateArray().Select(h => h.Text("href")));
        NoConsoleErrorsNorForeignRequests(o);
    }

    [Fact]
    public void Directive_27_CT_TW_opens_by_code_and_its_cascade_shows_98_NQ_CP_with_evidence_and_exports()
    {
        var o = BrowserScenario.Run("cascade27", seeds.Server.BaseUrl);

        Assert.Contains("27-CT/TW", o.Text("docHeading"));
        Assert.NotEmpty(o.GetProperty("citedBy").Strings());             // cited only: who cites it
        Assert.Contains("27-CT/TW", o.Text("cascadeHeading"));
        Assert.Contains(o.GetProperty("outline").Strings(), l => l.Contains("98/NQ-CP", StringComparison.Ordinal));
        Assert.Contains("98/NQ-CP", o.Text("panelHeading"));
        Assert.Contains("27-CT/TW", o.Text("evidenceShown"));              // the sentence that states the relation
        Assert.False(string.IsNullOrWhiteSpace(o.Text("evidenceTitle")));  // and on hover
        Assert.NotEmpty(o.GetProperty("panelUnits").Strings());
        Assert.Equal("Màu theo tỉnh", o.Text("legendHeading"));
        Assert.StartsWith("1/", o.Text("afterCollapse"));                  // level 1 collapsed: the root alone
        Assert.Equal(o.Text("status"), o.Text("afterExpand"));

        var exported = o.GetProperty("exported");
        Assert.EndsWith(".csv", exported.GetProperty("csv").Text("name"));
        Assert.Contains("98/NQ-CP", exported.GetProperty("csv").Text("text"));
        using var json = JsonDocument.Parse(exported.GetProperty("json").Text("text"));
        Assert.Equal("27-CT/TW", json.RootElement.GetProperty("root").Text("code"));
        Assert.Equal("PNG", exported.GetProperty("png").Text("text"));
        Assert.True(exported.GetProperty("png").GetProperty("size").GetInt32() > 5_000);
        NoConsoleErrorsNorForeignRequests(o);

        // The README's picture of the cascade, refreshed on request.
        if (Environment.GetEnvironmentVariable("KG_UI_RECORD") == "1")
            File.Copy(Path.Combine(BrowserScenario.Artifacts, "cascade.png"), Path.Combine(BrowserScenario.BrowserFolder, "screenshots", "cascade.png"), overwrite: true);
    }

    [Fact]
    public void Lang_Son_plan_on_the_2035_strategy_shows_the_task_of_So_Tai_chinh_and_the_unit_page_lists_it()
    {
        var o = BrowserScenario.Run("langson", seeds.Server.BaseUrl);

        Assert.Contains("2035", o.Text("heading"));
        var finance = o.GetProperty("units").EnumerateArray().Single(u => u.Text("name") == "Sở Tài chính");
        Assert.Contains(finance.GetProperty("tasks").Strings(), t => t.Contains("30/11", StringComparison.Ordinal));
        Assert.Contains(o.GetProperty("implementsList").Strings(), r => r.Contains("806/QĐ-TTg", StringComparison.Ordinal));
        // The plan implements 806/QĐ-TTg by its title line: that sentence is the evidence, on hover and on click.
        const string titleLine = "Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035";
        Assert.Contains(titleLine, o.Text("evidenceHover"));
        Assert.Contains(titleLine, o.Text("evidenceOpen"));
        Assert.Contains("Nguồn:", o.Text("evidenceOpen"));
        Assert.Contains(o.GetProperty("citations").EnumerateArray(), c => c.Text("text").Contains("806/QĐ-TTg", StringComparison.Ordinal) && c.Text("href").StartsWith("/doc/", StringComparison.Ordinal));

        Assert.Equal("Sở Tài chính", o.Text("unitHeading"));
        var rows = o.GetProperty("unitRows").EnumerateArray().Select(r => r.Strings()).ToList();
        Assert.Contains(rows, r => r[0].Contains("30/11", StringComparison.Ordinal) && r[2] == "chủ trì");
        NoConsoleErrorsNorForeignRequests(o);
    }

    [Fact]
    public void GraphiQL_is_served_to_a_browser_at_graphql_and_runs_a_query()
    {
        var o = BrowserScenario.Run("graphiql", seeds.Server.BaseUrl);

        Assert.Equal(200, o.GetProperty("status").GetInt32());
        Assert.StartsWith("text/html", o.Text("contentType"));
        Assert.Matches("\"ingestedDocuments\":\\s*4", o.Text("result"));
        NoConsoleErrorsNorForeignRequests(o);
    }

    [Theory]
    [InlineData("empty-search", "Ô tìm kiếm đang trống")]
    [InlineData("unknown-code", "Không tìm thấy văn bản có số hiệu hoặc khóa “999-XX/ZZ”")]
    [InlineData("unknown-cascade", "Không tìm thấy văn bản có số hiệu hoặc khóa “999-XX/ZZ”")]
    [InlineData("unknown-unit", "Không tìm thấy đơn vị có khóa “khong-co-don-vi|nowhere”")]
    [InlineData("server-error", "Máy chủ gặp lỗi (HTTP 500)")]
    [InlineData("server-unreachable", "Không kết nối được tới máy chủ")]
    public void Bad_input_shows_a_clear_message_never_a_blank_page(string situation, string message)
    {
        var seen = seeds.BadInput();
        var page = seen.GetProperty(situation);
        Assert.Contains(message, page.Text("alert"));
        Assert.Contains(message, page.Text("mainText"));
        if (situation == "empty-search") Assert.Equal("q", page.Text("focused")); // back in the box, ready to type
    }
}
