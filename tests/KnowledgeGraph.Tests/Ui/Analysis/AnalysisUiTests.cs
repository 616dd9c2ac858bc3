using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests.Ui.Analysis;

/// <summary>
/// The analysis pages of issue #10 in Chromium against `kg serve` over the seeds, on Chỉ thị 27-CT/TW (scenario
/// tests/browser/scenarios/analysis.mjs, one browser run shared by the facts; screenshots in tests/browser/artifacts).
/// </summary>
[Collection("browser")]
public sealed class AnalysisUiTests(AnalysisSeedServerFixture seeds) : IClassFixture<AnalysisSeedServerFixture>
{
    private static readonly object Gate = new();
    private static JsonElement? _observed;

    /// <summary>One browser run (it saves and deletes a watch) shared by every fact of the class.</summary>
    private JsonElement Observed()
    {
        lock (Gate) return _observed ??= BrowserScenario.Run("analysis", seeds.Server.BaseUrl, AnalysisSeedServerFixture.ApiKey);
    }

    [Fact]
    public async Task Cascade_as_of_1_May_2024_keeps_163_KH_TU_and_drops_98_NQ_CP_issued_in_June()
    {
        var o = Observed();
        // The page draws the server's cascade(asOf:), document for document.
        var server = await DataAsync("""
            query { cascade(key: "27-CT/TW@2023", depth: 5, asOf: "2024-05-01") { nodes { document { key } } } }
            """);
        var expected = server.GetProperty("cascade").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("document").Text("key")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, o.GetProperty("cascadeAsOf").GetProperty("keys").Strings().Order(StringComparer.Ordinal));
        Assert.Contains(o.GetProperty("cascadeAll").Strings(), l => l.StartsWith("98/NQ-CP", StringComparison.Ordinal));
        var asOf = o.GetProperty("cascadeAsOf");
        Assert.Contains("asOf=2024-05-01", asOf.Text("url"));
        Assert.Contains("01/05/2024", asOf.Text("heading"));
        Assert.Contains(asOf.GetProperty("outline").Strings(), l => l.StartsWith("163-KH/TU", StringComparison.Ordinal));
        Assert.DoesNotContain(asOf.GetProperty("outline").Strings(), l => l.StartsWith("98/NQ-CP", StringComparison.Ordinal));
        Assert.DoesNotContain(asOf.GetProperty("outline").Strings(), l => l.StartsWith("148/KH-UBND", StringComparison.Ordinal));
        Assert.Contains("01/05/2024", asOf.Text("note"));
        Assert.StartsWith("Tại ngày", asOf.Text("label"));
    }

    [Fact]
    public void Cascade_as_of_an_impossible_date_names_it_and_shows_the_whole_cascade()
    {
        var o = Observed();
        var bad = o.GetProperty("cascadeBadDate");
        Assert.Contains("“2024-02-30” không có trong lịch", bad.Text("error"));
        Assert.Equal("true", bad.Text("invalid"));
        Assert.Equal(o.GetProperty("cascadeAll").GetArrayLength(), bad.GetProperty("outlineCount").GetInt32());
    }

    [Fact]
    public async Task Deadlines_as_of_23_November_2026_list_the_passed_31_October_yearly_report_and_not_30_November()
    {
        var d = Observed().GetProperty("deadlines");
        var rows = d.GetProperty("overdue").EnumerateArray().Select(r => r.Strings()).ToList();
        Assert.Single(rows);
        Assert.StartsWith("31/10/2026", rows[0][0]);
        Assert.Contains("31/10 hàng năm", rows[0][1]);
        Assert.DoesNotContain(rows, r => r[0].StartsWith("30/11", StringComparison.Ordinal));
        var calendar = d.GetProperty("calendar").Strings();
        Assert.Contains(calendar, e => e.StartsWith("31/10/2026", StringComparison.Ordinal));
        Assert.Contains(calendar, e => e.StartsWith("30/11/2026", StringComparison.Ordinal) && e.Contains("Sở Tài chính", StringComparison.Ordinal));

        // What the page lists is what the server's fields answer, row for row and in the same order.
        var server = await DataAsync("""
            query { overdueTasks(key: "27-CT/TW@2023", asOf: "2026-11-23") { due task { key } }
                    deadlineCalendar(key: "27-CT/TW@2023", from: "2026-01-01", to: "2026-12-31") { due task { key } } }
            """);
        static List<string> Keys(JsonElement list) => list.EnumerateArray().Select(x => $"{x.Text("due")} {x.GetProperty("task").Text("key")}").ToList();
        Assert.Equal(Keys(server.GetProperty("overdueTasks")), d.GetProperty("overdueKeys").Strings());
        Assert.Equal(Keys(server.GetProperty("deadlineCalendar")), d.GetProperty("calendarKeys").Strings());
    }

    [Fact]
    public async Task Deadlines_ics_download_is_the_servers_iCalendar_with_one_yearly_event_per_recurring_deadline()
    {
        var ics = Observed().GetProperty("deadlines").GetProperty("ics");
        Assert.EndsWith(".ics", ics.Text("name"));
        var text = ics.Text("text");
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.Contains("DTSTART;VALUE=DATE:20261031\r\nRRULE:FREQ=YEARLY\r\n", text);
        Assert.Contains("DTSTART;VALUE=DATE:20261130\r\nRRULE:FREQ=YEARLY\r\n", text);
        var server = (await DataAsync("""
            query { deadlineCalendarIcs(key: "27-CT/TW@2023", from: "2026-01-01", to: "2026-12-31") }
            """)).Text("deadlineCalendarIcs");
        static string WithoutStamps(string s) => string.Join("\r\n", s.Split("\r\n").Where(l => !l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));
        Assert.Equal(WithoutStamps(server), WithoutStamps(text));
        // RFC 5545: lines of at most 75 octets, folded with CRLF and a space.
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("trước ngày 30/11 hàng năm", unfolded);   // diacritics kept through folding
    }

    [Fact]
    public void Deadlines_with_a_date_not_in_year_month_day_form_say_so_and_list_nothing()
    {
        var bad = Observed().GetProperty("deadlinesBadDate");
        Assert.Contains("“23/11/2026” không phải ngày dạng năm-tháng-ngày", bad.Text("error"));
        Assert.Equal(0, bad.GetProperty("overdueRows").GetInt32());
    }

    [Fact]
    public async Task Coverage_grid_and_table_show_the_34_provinces_with_yes_exactly_where_the_API_coverage_says()
    {
        var c = Observed().GetProperty("coverage");
        var tiles = c.GetProperty("tiles").EnumerateArray().ToList();
        Assert.Equal(34, tiles.Count);
        Assert.Equal(34, c.GetProperty("rowCount").GetInt32());
        Assert.Equal(34, tiles.Select(t => t.Text("name")).Distinct().Count());

        var expected = await CoveredProvincesAsync("27-CT/TW@2023");
        Assert.NotEmpty(expected);
        var yes = tiles.Where(t => t.GetProperty("yes").GetBoolean()).Select(t => t.Text("name")).ToHashSet();
        Assert.Equal(expected, yes);
        Assert.Equal(yes, c.GetProperty("rowsYes").EnumerateArray().Select(r => r.Text("province")).ToHashSet());
        Assert.StartsWith($"{yes.Count}/34", c.Text("status"));
        Assert.All(tiles, t => Assert.StartsWith(t.Text("name") + ":", t.Text("label")));
    }

    [Fact]
    public void Coverage_Lang_Son_chosen_with_the_keyboard_shows_its_documents_and_the_evidence_sentence()
    {
        var c = Observed().GetProperty("coverage");
        Assert.True(c.GetProperty("focusedDetail").GetBoolean());
        Assert.StartsWith("Lạng Sơn: có", c.Text("detailHeading"));
        var docs = c.GetProperty("detailDocs").Strings();
        Assert.NotEmpty(docs);
        Assert.StartsWith($"Lạng Sơn: có {docs.Count} văn bản", c.Text("detailHeading"));
        Assert.True(c.Text("evidence").Length > 20, c.Text("evidence"));
        Assert.Contains("Chưa có văn bản nào", c.Text("noDetail"));
    }

    [Fact]
    public async Task Coverage_detail_of_Lang_Son_lists_the_servers_assignees_with_whether_each_issued_its_own_document()
    {
        var c = Observed().GetProperty("coverage");
        var server = (await DataAsync("""
            query { coverage(key: "27-CT/TW@2023") { provinces { province assignees { group covered unit { key name } } } } }
            """)).GetProperty("coverage").GetProperty("provinces").EnumerateArray().Single(p => p.Text("province") == "Lạng Sơn")
            .GetProperty("assignees").EnumerateArray().ToList();
        Assert.NotEmpty(server);
        static string State(JsonElement a) => a.GetProperty("group").GetBoolean() ? "group" : a.GetProperty("covered").GetBoolean() ? "yes" : "no";
        Assert.Equal(server.Select(a => $"{a.GetProperty("unit").Text("key")} {State(a)}"),
            c.GetProperty("assignees").EnumerateArray().Select(a => $"{a.Text("unit")} {a.Text("state")}"));
        // Seeds by hand: UBND tỉnh Lạng Sơn's plan assigns "Các sở, ban, ngành và UBND các huyện, thành phố" (a group)
        // and Sở Tài chính, which issued no plan of its own among the seeds.
        Assert.Contains(c.GetProperty("assignees").EnumerateArray(), a => a.Text("text").StartsWith("Sở Tài chính", StringComparison.Ordinal) && a.Text("state") == "no");
        Assert.Contains(c.GetProperty("assignees").EnumerateArray(), a => a.Text("state") == "group");
        Assert.StartsWith("Đơn vị được giao:", c.Text("assigneesHeading"));
    }

    [Fact]
    public async Task Side_by_side_shows_the_servers_tasks_and_targets_in_the_same_domain_rows_and_columns()
    {
        var c = Observed().GetProperty("compare");
        var server = (await DataAsync("""
            query { sideBySide(key: "27-CT/TW@2023", provinces: ["Lạng Sơn", "Hải Phòng"]) { rows { domain cells { tasks { key } targets { key value unit } } } } }
            """)).GetProperty("sideBySide").GetProperty("rows").EnumerateArray().ToList();
        var rows = c.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(server.Select(r => r.Text("domain")), rows.Select(r => r.Text("domainKey")));
        for (var i = 0; i < rows.Count; i++)
            for (var col = 0; col < 2; col++)
            {
                var cell = server[i].GetProperty("cells")[col];
                Assert.Equal(cell.GetProperty("tasks").EnumerateArray().Select(t => t.Text("key")), rows[i].GetProperty("tasks")[col].Strings());
                Assert.Equal(cell.GetProperty("targets").EnumerateArray().Select(t => t.Text("key")),
                    rows[i].GetProperty("targets")[col].EnumerateArray().Select(t => t.Text("key")));
            }
        // The Lạng Sơn plans set targets (10% more savings on recurrent spending, 67% forest cover, ...), shown as written.
        var langSonTargets = rows.SelectMany(r => r.GetProperty("targets")[0].EnumerateArray()).ToList();
        Assert.Contains(langSonTargets, t => t.Text("shown") == "10%" && t.Text("text").Contains("chi thường xuyên", StringComparison.Ordinal));
        Assert.Contains(langSonTargets, t => t.Text("shown") == "67%" && t.Text("text").Contains("che phủ rừng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Lang_Son_seed_plan_page_lists_its_targets_and_marks_each_in_the_text()
    {
        var d = Observed().GetProperty("documentTargets");
        Assert.Equal("Chỉ tiêu", d.Text("heading"));
        var items = d.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, t => t.Text("value") == "67" && t.Text("unit") == "%" && t.Text("shown") == "67%" && t.Text("text").Contains("che phủ rừng", StringComparison.Ordinal));
        Assert.Contains(items, t => t.Text("value") == "100" && t.Text("text").Contains("giải ngân 100%", StringComparison.Ordinal));
        Assert.Equal(items.Count, d.GetProperty("marks").GetArrayLength());
        Assert.Contains("67%", d.GetProperty("marks").Strings());
        Assert.Equal("#target-1", d.Text("hash"));
    }

    [Fact]
    public void Side_by_side_aligns_tasks_by_domain_with_a_column_per_province()
    {
        var c = Observed().GetProperty("compare");
        Assert.Equal(["Lĩnh vực", "Lạng Sơn", "Hải Phòng"], c.GetProperty("columns").Strings());
        var rows = c.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => r.Text("domain")).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(2, r.GetProperty("cells").GetArrayLength()));
        Assert.True(rows.Sum(r => r.GetProperty("cells")[0].GetInt32()) > 0);
        // Hải Phòng's seed plan does not implement 27-CT/TW: its column is empty on every row.
        Assert.All(rows, r => Assert.Equal(0, r.GetProperty("cells")[1].GetInt32()));
        Assert.Contains("Lạng Sơn", c.GetProperty("checked").Strings());
    }

    [Theory]
    [InlineData("compareOne", "ít nhất hai tỉnh")]
    [InlineData("compareUnknown", "“Atlantis”")]
    [InlineData("compareSame", "Bắc Ninh")]
    [InlineData("coverageUnknown", "9999/XYZ-ABC")]
    public void Bad_input_on_an_analysis_page_gets_a_message_naming_it(string situation, string expected)
    {
        Assert.Contains(expected, Observed().Text(situation));
    }

    [Fact]
    public void Watch_form_names_each_problem_then_saves_a_watch_that_lists_what_it_found_until_marked_seen()
    {
        var w = Observed().GetProperty("watches");
        Assert.Equal(["Văn bản được thực hiện (số hiệu hoặc khóa)", "Tỉnh, thành phố", "Khóa API"], w.GetProperty("labels").Strings());
        Assert.StartsWith("Văn bản: hãy nhập số hiệu", w.Text("empty"));
        Assert.Equal("watch-doc", w.Text("focused"));
        Assert.Contains("“9999/XYZ-ABC”", w.Text("unknown"));
        Assert.StartsWith("Khóa API: máy chủ cần khóa API", w.GetProperty("noKey").Text("error"));
        Assert.Equal("watch-key", w.GetProperty("noKey").Text("focused"));
        var created = w.GetProperty("created");
        Assert.Equal("27-CT/TW@2023", created.Text("root"));
        Assert.Contains("Lạng Sơn", created.Text("heading"));
        Assert.NotEmpty(created.GetProperty("newDocuments").Strings());
        Assert.All(created.GetProperty("newDocuments").Strings(), d => Assert.Contains("Lạng Sơn", d));
        Assert.Equal("Không có văn bản mới.", w.Text("afterSeen"));
        Assert.True(w.GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public void Unit_page_lists_the_predecessor_units_with_their_source_and_says_whom_each_task_was_given_to()
    {
        var u = Observed().GetProperty("unit");
        Assert.Equal("Sở Tài chính", u.Text("heading"));
        Assert.Equal(["Thời hạn", "Nhiệm vụ", "Vai trò", "Giao cho", "Văn bản giao"], u.GetProperty("columns").Strings());
        var givenTo = u.GetProperty("givenTo").Strings();
        Assert.NotEmpty(givenTo);
        Assert.Contains("Chính đơn vị này", givenTo);
        // The registry (2025): Sở Kế hoạch và Đầu tư merged into Sở Tài chính, shown with its legal source; a task given
        // to the predecessor would be marked as such, every other row says it was given to the unit itself.
        Assert.Contains("Sở Kế hoạch và Đầu tư", u.Text("predecessors"));
        Assert.Contains("căn cứ:", u.Text("predecessors"));
        Assert.All(givenTo.Where(g => g != "Chính đơn vị này"), g => Assert.StartsWith("Đơn vị tiền thân", g));
    }

    [Fact]
    public void No_console_errors_nor_requests_outside_the_server()
    {
        var o = Observed();
        // "Failed to load resource": Chromium logging an HTTP error status the page itself explains.
        Assert.DoesNotContain(o.GetProperty("consoleErrors").Strings(), e => !e.Contains("Failed to load resource", StringComparison.Ordinal));
        Assert.Empty(o.GetProperty("foreignRequests").Strings());
    }

    /// <summary>The data of a query to the server under test.</summary>
    private async Task<JsonElement> DataAsync(string query)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{seeds.Server.BaseUrl}/graphql", new { query });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The provinces the API's coverage field says carry the document out.</summary>
    private async Task<HashSet<string>> CoveredProvincesAsync(string key)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{seeds.Server.BaseUrl}/graphql", new
        {
            query = "query($key: String!) { coverage(key: $key) { covered } }",
            variables = new { key },
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("coverage").GetProperty("covered").Strings().ToHashSet();
    }
}
