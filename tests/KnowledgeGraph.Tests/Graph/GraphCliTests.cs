using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph.Sqlite;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>The ingest, cascade and path verbs on the embedded store.</summary>
public sealed class GraphCliTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _data = new();

    public async Task InitializeAsync()
    {
        await using var store = new SqliteGraphStore(_data.Path);
        await store.InitializeAsync();
        await store.UpsertDocumentsAsync(All());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Cascade_prints_the_json_contract()
    {
        var run = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "806/QĐ-TTg", "--data", _data.Path, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var r = doc.RootElement;
        Assert.Equal(Decision806, r.GetProperty("root").GetProperty("key").GetString());
        var nodes = r.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.All(["key", "code", "type", "title", "issuer", "province", "depth"], p => Assert.True(n.TryGetProperty(p, out _), p)));
        Assert.Contains(nodes, n => n.GetProperty("key").GetString() == PlanB && n.GetProperty("depth").GetInt32() == 3);
        var edge = r.GetProperty("edges").EnumerateArray().First(e => e.GetProperty("from").GetString() == PlanA && e.GetProperty("type").GetString() == "IMPLEMENTS");
        Assert.Equal(PlanA, edge.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal("Thực hiện Quyết định số 806/QĐ-TTg", edge.GetProperty("evidence").GetProperty("sentence").GetString());
        var task = r.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("lead").EnumerateArray().Any(l => l.GetString() == "Sở Tài chính"));
        Assert.Equal(PlanA, task.GetProperty("document").GetString());
        Assert.Equal("trước ngày 30/11 hàng năm", task.GetProperty("deadline").GetString());
        Assert.Equal(["Sở Nội vụ", "UBND các huyện, thành phố"], task.GetProperty("support").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        var unit = r.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Sở Tài chính");
        Assert.Equal("Lạng Sơn", unit.GetProperty("province").GetString());
        Assert.Equal([task.GetProperty("key").GetString()], unit.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Cascade_up_with_depth_and_types_and_the_text_form()
    {
        var up = await CliHarness.RunAsync(new CascadeVerb(), "cascade", PlanB, "--data", _data.Path, "--up", "--depth", "1", "--json");
        Assert.True(up.ExitCode == 0, up.Error);
        using var doc = JsonDocument.Parse(up.Output);
        Assert.Equal([PlanB, Plan148LangSon], doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));

        var cites = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "27-CT/TW", "--data", _data.Path, "--types", "CITES,implements", "--json");
        using var c = JsonDocument.Parse(cites.Output);
        Assert.Contains(c.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == PlanA);

        var text = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "27-CT/TW", "--data", _data.Path);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Cascade of 27-CT/TW", text.Output);
        Assert.Contains("98/NQ-CP IMPLEMENTS 27-CT/TW", text.Output);
    }

    [Fact]
    public async Task An_ambiguous_code_lists_the_candidates_and_province_settles_it()
    {
        var run = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "148/KH-UBND", "--data", _data.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("matches 2 documents", run.Error);
        Assert.Contains(Plan148LangSon, run.Error);
        Assert.Contains(Plan148HaiPhong, run.Error);

        var settled = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "148/KH-UBND", "--province", "Lạng Sơn", "--data", _data.Path, "--json");
        Assert.True(settled.ExitCode == 0, settled.Error);
        Assert.Contains(PlanB, settled.Output);
    }

    [Fact]
    public async Task Unknown_codes_and_contradictory_options_are_errors_not_crashes()
    {
        var unknown = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "999/XX-YY", "--data", _data.Path);
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: no document with code or key '999/XX-YY'", unknown.Error);

        var mixed = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "27-CT/TW", "--store", "embedded", "--neo4j-url", "http://127.0.0.1:1");
        Assert.Equal(1, mixed.ExitCode);
        Assert.Contains("--neo4j-url needs --store neo4j", mixed.Error);

        var badStore = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "27-CT/TW", "--store", "mongo");
        Assert.NotEqual(0, badStore.ExitCode);
        Assert.Contains("mongo", badStore.Error);
    }

    [Fact]
    public async Task Neo4j_down_is_one_clear_error_line()
    {
        var url = $"http://127.0.0.1:{ScriptedHttpServer.FreePort()}";
        var run = await CliHarness.RunAsync(new CascadeVerb(), "cascade", "27-CT/TW", "--neo4j-url", url);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: Neo4j at {url}/ is unreachable: ", run.Error);
    }

    [Fact]
    public async Task Path_prints_the_chain_with_evidence()
    {
        var run = await CliHarness.RunAsync(new PathVerb(), "path", PlanB, "27-CT/TW", "--data", _data.Path, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(3, doc.RootElement.GetProperty("length").GetInt32());
        Assert.Equal([PlanB, Plan148LangSon, PlanA, Directive27], doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));

        var none = await CliHarness.RunAsync(new PathVerb(), "path", PlanA, Lonely, "--data", _data.Path);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("No path between", none.Output);
    }

    [Fact]
    public async Task Ingest_loads_the_good_files_reports_the_bad_one_and_exits_1()
    {
        using var input = new TempFolder();
        File.WriteAllText(Path.Combine(input.Path, "a.txt"), TextA);
        File.WriteAllText(Path.Combine(input.Path, "b.txt"), TextB);
        File.WriteAllBytes(Path.Combine(input.Path, "c.txt"), [0x4b, 0x00, 0xff]);
        using var data = new TempFolder();

        var run = await CliHarness.RunAsync(new IngestVerb(), "ingest", input.Path, "--data", data.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("2 documents loaded into SQLite at ", run.Output);
        Assert.Contains("1 errors", run.Output);
        Assert.Contains("error: c.txt:", run.Error);

        await using var store = new SqliteGraphStore(data.Path);
        var stats = await store.GetStatisticsAsync();
        Assert.Equal(2, stats.IngestedDocuments);

        var again = await CliHarness.RunAsync(new IngestVerb(), "ingest", Path.Combine(input.Path, "a.txt"), Path.Combine(input.Path, "b.txt"), "--data", data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, (await store.GetStatisticsAsync()).IngestedDocuments);
    }
}
