using System.Text.Json;
using KnowledgeGraph.Graph.Keys;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Queries an analyst's tools ask, over HTTP against the server on 127.0.0.1 loaded with the four real seed plans.</summary>
public sealed class ApiQueryTests(SeedServerFixture fx) : IClassFixture<SeedServerFixture>
{
    private GraphQLTestClient Client => fx.Client;

    private static IEnumerable<JsonElement> Items(JsonElement array) => array.EnumerateArray();

    [Fact]
    public async Task The_cascade_of_27_CT_TW_over_the_seeds_holds_98_NQ_CP_and_the_Lang_Son_plans_nested_and_flat_with_evidence()
    {
        var data = await Client.DataAsync("""
            query Cascade($code: String!) {
              cascade(code: $code, depth: 3) {
                root { code type }
                direction maxDepth
                nodes { depth document { key code province ingested } }
                edges { type fromKey toKey evidence { sourceKey start end sentence confidence } }
                tree { document { code } children { depth document { code province } via { type evidence { sentence } } children { document { code } } } }
                units { key name leadTasks }
              }
            }
            """, new { code = "27-CT/TW" });
        var c = data.GetProperty("cascade");
        Assert.Equal("27-CT/TW", c.GetProperty("root").GetProperty("code").GetString());
        Assert.Equal("down", c.GetProperty("direction").GetString());
        var nodes = Items(c.GetProperty("nodes")).Select(n => (Depth: n.GetProperty("depth").GetInt32(),
            Code: n.GetProperty("document").GetProperty("code").GetString(), Province: n.GetProperty("document").GetProperty("province").GetString())).ToList();
        Assert.Contains(nodes, n => n.Code == "98/NQ-CP" && n.Depth == 1);
        Assert.Contains(nodes, n => n.Code == "163-KH/TU" && LookupKeys.Province(n.Province) == "lang son");
        Assert.Contains(nodes, n => LookupKeys.Code(n.Code) == "107/KH-UBND" && LookupKeys.Province(n.Province) == "lang son");
        Assert.All(nodes, n => Assert.InRange(n.Depth, 0, 3));

        var edges = Items(c.GetProperty("edges")).ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("evidence").GetProperty("sentence").GetString())));

        // The tree holds the same documents below the root, each once.
        var tree = c.GetProperty("tree");
        Assert.Equal("27-CT/TW", tree.GetProperty("document").GetProperty("code").GetString());
        var level1 = Items(tree.GetProperty("children")).ToList();
        Assert.Contains(level1, ch => ch.GetProperty("document").GetProperty("code").GetString() == "98/NQ-CP");
        Assert.All(level1, ch => Assert.NotEmpty(Items(ch.GetProperty("via"))));
        Assert.Equal(nodes.Count(n => n.Depth == 1), level1.Count);
    }

    [Fact]
    public async Task The_lineage_of_a_Lang_Son_plan_goes_up_to_27_CT_TW()
    {
        var data = await Client.DataAsync("""
            { lineage(code: "163-KH/TU", province: "Lạng Sơn", depth: 3) { direction nodes { depth document { code } } } }
            """);
        var l = data.GetProperty("lineage");
        Assert.Equal("up", l.GetProperty("direction").GetString());
        Assert.Contains(Items(l.GetProperty("nodes")), n => n.GetProperty("document").GetProperty("code").GetString() == "27-CT/TW");
    }

    [Fact]
    public async Task A_search_returns_hits_with_highlights_and_facets_over_all_hits_with_or_without_diacritics()
    {
        const string q = """
            query S($q: String!) { search(query: $q, limit: 2) { total hits { key title snippets highlights { text matches { start end } } document { key } }
                                   facets { type { value count } province { value count } year { value count } } notes } }
            """;
        var with = (await Client.DataAsync(q, new { q = "lãng phí" })).GetProperty("search");
        var without = (await Client.DataAsync(q, new { q = "lang phi" })).GetProperty("search");
        var total = with.GetProperty("total").GetInt32();
        Assert.True(total >= 3, $"total {total}");
        Assert.Equal(total, without.GetProperty("total").GetInt32());
        Assert.Equal(2, with.GetProperty("hits").GetArrayLength());
        // Facets count every hit, not only the page of two.
        Assert.Equal(total, Items(with.GetProperty("facets").GetProperty("type")).Sum(f => f.GetProperty("count").GetInt32()));
        var hit = with.GetProperty("hits")[0];
        var h = hit.GetProperty("highlights")[0];
        var text = h.GetProperty("text").GetString()!;
        var m = h.GetProperty("matches")[0];
        var marked = text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()];
        Assert.Contains(TextFold.Ascii(marked), new[] { "lang", "phi", "lang phi" });
        Assert.Equal(hit.GetProperty("key").GetString(), hit.GetProperty("document").GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_units_tasks_come_with_role_deadline_and_document_and_filter_by_deadline()
    {
        var unit = (await Client.DataAsync("""
            { unit(name: "Sở Tài chính", province: "Lạng Sơn") { key name province tasks { role task { text deadline { text } } document { code } } } }
            """)).GetProperty("unit");
        Assert.Equal(UnitKeys.Key("Sở Tài chính", "Lạng Sơn"), unit.GetProperty("key").GetString());
        var tasks = Items(unit.GetProperty("tasks")).ToList();
        Assert.Contains(tasks, t => t.GetProperty("role").GetString() == "lead"
            && t.GetProperty("task").GetProperty("deadline").ValueKind == JsonValueKind.Object
            && t.GetProperty("task").GetProperty("deadline").GetProperty("text").GetString()!.Contains("30/11 hàng năm"));

        // The yearly 30/11 deadline falls in November, not in February.
        var nov = (await Client.DataAsync("""
            query U($k: String!) { unit(key: $k) { tasks(deadlineFrom: "2026-11-01", deadlineTo: "2026-11-30") { task { deadline { text } } } } }
            """, new { k = unit.GetProperty("key").GetString() })).GetProperty("unit").GetProperty("tasks");
        Assert.Contains(Items(nov), t => t.GetProperty("task").GetProperty("deadline").GetProperty("text").GetString()!.Contains("30/11"));
        Assert.True(nov.GetArrayLength() < tasks.Count);
        var feb = (await Client.DataAsync("""
            query U($k: String!) { unit(key: $k) { tasks(deadlineFrom: "2026-02-01", deadlineTo: "2026-02-10") { task { deadline { text } } } } }
            """, new { k = unit.GetProperty("key").GetString() })).GetProperty("unit").GetProperty("tasks");
        Assert.DoesNotContain(Items(feb), t => t.GetProperty("task").GetProperty("deadline").GetProperty("text").GetString()!.Contains("30/11"));
    }

    [Fact]
    public async Task A_document_page_has_text_citations_with_spans_into_it_relations_both_ways_and_tasks_by_unit()
    {
        var key = (await Client.DataAsync("""{ documents(first: 10, ingested: true, text: "chien luoc quoc gia") { nodes { key } } }"""))
            .GetProperty("documents").GetProperty("nodes")[0].GetProperty("key").GetString();
        var d = (await Client.DataAsync("""
            query D($k: String!) { document(key: $k) { code title ingested text
              citations { key code byTitle spans { start end } document { key ingested } }
              relationsOut { type toKey to { code } evidence { sourceKey start end sentence confidence } }
              relationsIn { type fromKey }
              tasksByUnit { unit { key name } lead { text deadline { text date } } support { text } } } }
            """, new { k = key })).GetProperty("document");
        var text = d.GetProperty("text").GetString()!;
        var citations = Items(d.GetProperty("citations")).ToList();
        Assert.NotEmpty(citations);
        foreach (var s in citations.SelectMany(c => Items(c.GetProperty("spans"))))
            Assert.InRange(s.GetProperty("start").GetInt32(), 0, s.GetProperty("end").GetInt32() - 1);
        // The citation of 27-CT/TW is marked where the text names it, at every mention.
        var directive = Assert.Single(citations, c => c.GetProperty("code").GetString() == "27-CT/TW");
        Assert.All(Items(directive.GetProperty("spans")), s => Assert.Contains("27", text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]));
        Assert.All(citations, c => Assert.Equal(c.GetProperty("key").GetString(), c.GetProperty("document").GetProperty("key").GetString()));
        var implements = Items(d.GetProperty("relationsOut")).Where(r => r.GetProperty("type").GetString() == "IMPLEMENTS").ToList();
        Assert.Contains(implements, r => r.GetProperty("to").GetProperty("code").GetString() == "806/QĐ-TTg");
        foreach (var r in implements)
        {
            var ev = r.GetProperty("evidence");
            Assert.Equal(key, ev.GetProperty("sourceKey").GetString());
            Assert.Contains(text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()], ev.GetProperty("sentence").GetString()!);
        }
        var groups = Items(d.GetProperty("tasksByUnit")).ToList();
        Assert.Contains(groups, g => g.GetProperty("unit").GetProperty("name").GetString() == "Sở Tài chính" && g.GetProperty("lead").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_cited_only_document_shows_who_cites_it_and_has_no_text()
    {
        var d = (await Client.DataAsync("""
            { document(code: "2456/QĐ-UBND", province: "lang son") { ingested text citedBy { type from { key ingested } evidence { sentence } } } }
            """)).GetProperty("document");
        Assert.False(d.GetProperty("ingested").GetBoolean());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("text").ValueKind);
        var citing = Items(d.GetProperty("citedBy")).ToList();
        Assert.Equal(2, citing.Select(c => c.GetProperty("from").GetProperty("key").GetString()).Distinct().Count());
        Assert.All(citing, c => Assert.True(c.GetProperty("from").GetProperty("ingested").GetBoolean()));
    }

    [Fact]
    public async Task A_path_between_two_documents_carries_the_evidence_of_each_hop()
    {
        var keys = (await Client.DataAsync("""
            { a: document(code: "27-CT/TW") { key } b: document(code: "163-KH/TU", province: "Lạng Sơn") { key } }
            """));
        var p = (await Client.DataAsync("""
            query P($a: String!, $b: String!) { path(from: $a, to: $b) { length nodes { code } hops { fromKey toKey edges { type evidence { sentence } } } } }
            """, new { a = keys.GetProperty("a").GetProperty("key").GetString(), b = keys.GetProperty("b").GetProperty("key").GetString() })).GetProperty("path");
        Assert.True(p.GetProperty("length").GetInt32() >= 1);
        Assert.Equal("27-CT/TW", p.GetProperty("nodes")[0].GetProperty("code").GetString());
        Assert.All(Items(p.GetProperty("hops")), h => Assert.NotEmpty(Items(h.GetProperty("edges"))));
    }

    [Fact]
    public async Task Statistics_count_the_seeds_and_Vietnamese_comes_back_as_written_not_escaped()
    {
        var r = await Client.PostAsync("""{ statistics { ingestedDocuments citedOnlyDocuments nodesByLabel { value count } } document(code: "27-CT/TW") { title issuer } }""");
        Assert.Equal(200, r.Status);
        Assert.Equal(fx.Ingested, r.Json.GetProperty("data").GetProperty("statistics").GetProperty("ingestedDocuments").GetInt64());
        Assert.DoesNotContain("\\u", r.Body);
        Assert.Contains("Bộ Chính trị", r.Body);
    }

    [Fact]
    public async Task An_ambiguous_or_missing_argument_is_an_error_naming_it()
    {
        var r = await Client.PostAsync("{ document { key } }");
        Assert.Equal(200, r.Status);
        Assert.Contains("give either key or code", r.FirstError);
        var bad = await Client.PostAsync("""{ documents(type: "Nonsense") { nodes { key } } }""");
        Assert.Contains("'Nonsense' is not a document type", bad.FirstError);
    }
}
