using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// A Neo4j of this test's own (tests/neo4j/neo4j.sh), so that it can be crashed without disturbing the other
/// Neo4j tests: started on free ports of 127.0.0.1, crashed with SIGKILL, started again on the same data.
/// </summary>
public sealed class CrashableNeo4j : IAsyncLifetime
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "neo4j", "neo4j.sh");
    private int _http, _bolt;
    public string? Pid { get; private set; }
    public Uri Url => new($"http://127.0.0.1:{_http}");
    public string Corpus { get; } = Path.Combine(Path.GetTempPath(), "kg-outage-" + Guid.NewGuid().ToString("N"));
    public const int Documents = 300;

    public async Task InitializeAsync()
    {
        var summary = new CorpusGenerator(Documents, seed: 9).WriteTo(Corpus);
        File.Delete(summary.TruthFile);
        var setup = await Neo4jServerFixture.RunAsync(Script, ["setup"], TimeSpan.FromMinutes(15));
        Assert.True(setup.ExitCode == 0, "bash tests/neo4j/neo4j.sh setup failed: " + Neo4jServerFixture.Tail(setup.Output));
        _http = Neo4jServerFixture.FreePort();
        do _bolt = Neo4jServerFixture.FreePort(); while (_bolt == _http);
        await StartAsync(keep: false);
    }

    public async Task StartAsync(bool keep)
    {
        string[] args = keep ? ["start", _http.ToString(), _bolt.ToString(), "keep"] : ["start", _http.ToString(), _bolt.ToString()];
        var start = await Neo4jServerFixture.RunAsync(Script, args, TimeSpan.FromMinutes(3));
        var last = start.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        Assert.True(start.ExitCode == 0 && int.TryParse(last, out _), "Neo4j did not start: " + Neo4jServerFixture.Tail(start.Output));
        Pid = last;
    }

    public async Task CrashAsync()
    {
        var crash = await Neo4jServerFixture.RunAsync(Script, ["crash", Pid!], TimeSpan.FromMinutes(1));
        Assert.True(crash.ExitCode == 0, Neo4jServerFixture.Tail(crash.Output));
    }

    public async Task DisposeAsync()
    {
        if (Pid is not null) await Neo4jServerFixture.RunAsync(Script, ["stop", Pid], TimeSpan.FromMinutes(2));
        if (Directory.Exists(Corpus)) Directory.Delete(Corpus, recursive: true);
    }
}

/// <summary>
/// Neo4j crashes in the middle of a load: the ingest ends with a clear error naming the server (after retrying
/// with backoff), and once Neo4j is back, running the same ingest again gives exactly the graph of a clean run.
/// </summary>
public sealed class Neo4jOutageTests(CrashableNeo4j neo4j) : IClassFixture<CrashableNeo4j>
{
    [Fact]
    public async Task An_outage_mid_load_is_a_clear_error_and_the_rerun_equals_a_clean_run()
    {
        var url = neo4j.Url.ToString();
        var data = Path.Combine(neo4j.Corpus, "..", Path.GetFileName(neo4j.Corpus) + "-data");
        string[] ingest = ["ingest", neo4j.Corpus, "--store", "neo4j", "--neo4j-url", url, "--data", data];
        await using var store = new Neo4jGraphStore(Neo4jOptions.FromUrl(url));
        await store.InitializeAsync();

        await KillAndResume.RunToEnd(ingest);
        var clean = await store.GetFingerprintAsync();
        Assert.Equal(CrashableNeo4j.Documents, (await store.GetStatisticsAsync()).IngestedDocuments);
        await store.ClearAsync();

        // The ingest runs; Neo4j dies under it.
        using var p = System.Diagnostics.Process.Start(KillAndResume.Kg(ingest))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!p.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            if ((await store.GetStatisticsAsync()).IngestedDocuments >= CrashableNeo4j.Documents / 5) break;
        }
        Assert.False(p.HasExited, "the ingest ended before Neo4j could be stopped under it");
        await neo4j.CrashAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var error = await stderr;
        Assert.True(p.ExitCode != 0, "the ingest must fail when its store goes away: " + await stdout);
        Assert.Contains($"127.0.0.1:{neo4j.Url.Port}", error);
        Assert.DoesNotContain("   at ", error);

        await neo4j.StartAsync(keep: true);
        await KillAndResume.RunToEnd(ingest);
        var resumed = await store.GetFingerprintAsync();
        Assert.Equal(clean.Nodes, resumed.Nodes);
        Assert.Equal(clean.Edges, resumed.Edges);
        Assert.Equal(clean.Checksum, resumed.Checksum);
    }
}
