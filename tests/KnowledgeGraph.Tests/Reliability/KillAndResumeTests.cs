using System.Diagnostics;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>1,000 generated documents on disk, written once for the kill-and-resume tests.</summary>
public sealed class ThousandDocuments : IDisposable
{
    public const int Count = 1000;
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kg-kill-" + Guid.NewGuid().ToString("N"));
    public string Corpus => Path.Combine(Root, "corpus");

    public ThousandDocuments()
    {
        var summary = new CorpusGenerator(Count, seed: 8).WriteTo(Corpus);
        File.Delete(summary.TruthFile); // the ground truth is not a document to ingest
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>
/// Ingestion is transactional per document and resumable: a <c>kg ingest</c> of 1,000 documents killed with
/// SIGKILL half-way, then run again, ends with exactly the graph (counts and content checksum) and the search
/// index of one clean run — on the embedded store and on a real Neo4j.
/// </summary>
public static class KillAndResume
{
    public sealed record State(StoreFingerprint Graph, int IndexEntries, string IndexChecksum);

    public static async Task<State> StateOf(IGraphStore store, string data)
    {
        var graph = await store.GetFingerprintAsync();
        using var index = SearchIndex.Open(SearchIndex.FolderIn(data), readOnly: true);
        var (entries, checksum) = index.Fingerprint();
        return new State(graph, entries, checksum);
    }

    public static ProcessStartInfo Kg(params string[] args) => KgExecutable.StartInfo(args);

    public static async Task RunToEnd(params string[] args)
    {
        using var p = Process.Start(Kg(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(15));
        Assert.True(p.ExitCode == 0, $"kg {string.Join(' ', args)} exited {p.ExitCode}: {await stderr}\n{await stdout}");
    }

    /// <summary>Starts the ingest and kills it (SIGKILL) once <paramref name="storedSoFar"/> reports enough documents.</summary>
    public static async Task<long> KillMidway(Func<Task<long>> storedSoFar, params string[] args)
    {
        using var p = Process.Start(Kg(args))!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(10);
        long stored = 0;
        while (!p.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            try { stored = await storedSoFar(); } catch (Exception) { stored = 0; /* store not created yet */ }
            if (stored >= ThousandDocuments.Count / 5) break;
        }
        Assert.False(p.HasExited, $"the ingest ended (exit {(p.HasExited ? p.ExitCode : 0)}) before it could be killed half-way");
        p.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no commit of the index, an open transaction lost
        await p.WaitForExitAsync();
        Assert.Equal(137, p.ExitCode);
        return stored;
    }
}

public sealed class KillAndResumeEmbeddedTests(ThousandDocuments docs) : IClassFixture<ThousandDocuments>
{
    [Fact]
    public async Task Killed_then_resumed_ingest_equals_one_clean_run()
    {
        var clean = Path.Combine(docs.Root, "clean");
        await KillAndResume.RunToEnd("ingest", docs.Corpus, "--data", clean);
        KillAndResume.State expected;
        await using (var store = new SqliteGraphStore(clean))
        {
            expected = await KillAndResume.StateOf(store, clean);
            Assert.Equal(ThousandDocuments.Count, (await store.GetStatisticsAsync()).IngestedDocuments);
        }

        var resumed = Path.Combine(docs.Root, "resumed");
        var atKill = await KillAndResume.KillMidway(async () =>
        {
            if (!File.Exists(Path.Combine(resumed, "graph.db"))) return 0;
            await using var s = new SqliteGraphStore(resumed);
            return (await s.GetStatisticsAsync()).IngestedDocuments;
        }, "ingest", docs.Corpus, "--data", resumed);
        Assert.InRange(atKill, 1, ThousandDocuments.Count - 1);

        await KillAndResume.RunToEnd("ingest", docs.Corpus, "--data", resumed);
        await using var after = new SqliteGraphStore(resumed);
        var actual = await KillAndResume.StateOf(after, resumed);
        Assert.Equal(expected.Graph.Nodes, actual.Graph.Nodes);
        Assert.Equal(expected.Graph.Edges, actual.Graph.Edges);
        Assert.Equal(expected.Graph.Checksum, actual.Graph.Checksum);
        Assert.Equal(expected.IndexEntries, actual.IndexEntries);
        Assert.Equal(expected.IndexChecksum, actual.IndexChecksum);
    }
}

[Collection(Neo4jCollection.Name)]
public sealed class KillAndResumeNeo4jTests(Neo4jServerFixture neo4j, ThousandDocuments docs) : IClassFixture<ThousandDocuments>
{
    [Fact]
    public async Task Killed_then_resumed_ingest_equals_one_clean_run_on_Neo4j()
    {
        var options = neo4j.Options();
        await using var store = new Neo4jGraphStore(options);
        await store.InitializeAsync();
        await store.ClearAsync();
        var url = options.Url.ToString();

        var clean = Path.Combine(docs.Root, "neo4j-clean");
        await KillAndResume.RunToEnd("ingest", docs.Corpus, "--store", "neo4j", "--neo4j-url", url, "--data", clean);
        var expected = await KillAndResume.StateOf(store, clean);
        Assert.Equal(ThousandDocuments.Count, (await store.GetStatisticsAsync()).IngestedDocuments);

        await store.ClearAsync();
        var resumed = Path.Combine(docs.Root, "neo4j-resumed");
        var atKill = await KillAndResume.KillMidway(async () => (await store.GetStatisticsAsync()).IngestedDocuments,
            "ingest", docs.Corpus, "--store", "neo4j", "--neo4j-url", url, "--data", resumed);
        Assert.InRange(atKill, 1, ThousandDocuments.Count - 1);

        await KillAndResume.RunToEnd("ingest", docs.Corpus, "--store", "neo4j", "--neo4j-url", url, "--data", resumed);
        var actual = await KillAndResume.StateOf(store, resumed);
        Assert.Equal(expected.Graph.Nodes, actual.Graph.Nodes);
        Assert.Equal(expected.Graph.Edges, actual.Graph.Edges);
        Assert.Equal(expected.Graph.Checksum, actual.Graph.Checksum);
        Assert.Equal(expected.IndexEntries, actual.IndexEntries);
        Assert.Equal(expected.IndexChecksum, actual.IndexChecksum);
        await store.ClearAsync();
    }
}
