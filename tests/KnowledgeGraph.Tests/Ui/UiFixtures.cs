using Xunit;
using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui;

/// <summary>Browser tests share the machine's two cores with their server: run them one class at a time.</summary>
[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserCollection;

/// <summary>The server over the four seeds, and each seed's document key by file name (read from the store).</summary>
public sealed class SeedServerFixture : IAsyncLifetime
{
    public KgServeProcess Server { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> KeyByFile { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        BrowserScenario.RequirePrerequisites();
        var data = await KgServeProcess.IngestAsync(RepoPaths.Seeds);
        await using (var store = await KgServeProcess.OpenStoreAsync(data))
        {
            var page = await store.ListDocumentsAsync(new DocumentFilter { Ingested = true }, null, 50);
            KeyByFile = page.Items.Where(d => d.SourceFile is not null).ToDictionary(d => Path.GetFileName(d.SourceFile!), d => d.Key);
        }
        Server = await KgServeProcess.StartAsync(data);
    }

    private readonly Lazy<JsonElement> _badInput;

    public SeedServerFixture() => _badInput = new(() => BrowserScenario.Run("bad-input", Server.BaseUrl));

    /// <summary>One browser run over every bad-input situation, shared by the rows of the bad-input table.</summary>
    public JsonElement BadInput() => _badInput.Value;

    public async Task DisposeAsync() { if (Server is not null) await Server.DisposeAsync(); }
}

/// <summary>
/// The server over the corpus and the seeds, and the largest cascade in it: the documents with the most incoming
/// carrying-out relations are the candidates, and the store's own cascade (default options) measures each.
/// </summary>
public sealed class CorpusServerFixture : IAsyncLifetime
{
    public KgServeProcess Server { get; private set; } = null!;
    public CascadeResult Largest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BrowserScenario.RequirePrerequisites();
        var data = await KgServeProcess.IngestAsync(Path.Combine(RepoPaths.Shared, "corpus"), RepoPaths.Seeds);
        await using (var store = await KgServeProcess.OpenStoreAsync(data))
        {
            var snapshot = await store.ExportSnapshotAsync();
            var carrying = CascadeOptions.DefaultTypes.ToHashSet();
            var candidates = snapshot.Edges.Where(e => carrying.Contains(e.Type))
                .GroupBy(e => e.ToKey).OrderByDescending(g => g.Count()).Take(40).Select(g => g.Key);
            foreach (var key in candidates)
            {
                var cascade = await store.CascadeAsync(key, new CascadeOptions());
                if (cascade is not null && (Largest is null || cascade.Nodes.Count > Largest.Nodes.Count)) Largest = cascade;
            }
        }
        Assert.True(Largest is not null, "no cascade found in the corpus");
        Server = await KgServeProcess.StartAsync(data);
    }

    public async Task DisposeAsync() { if (Server is not null) await Server.DisposeAsync(); }
}
