using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The seeds and the corpus extracted and loaded into a temporary embedded store with its search index: the data
/// the server benchmarks (api, soak) run against. Disposing closes the store and deletes the folder.
/// </summary>
public sealed class BenchCorpusStore : IAsyncDisposable
{
    private BenchCorpusStore(string data, SqliteGraphStore store, int documents)
    {
        Data = data;
        Store = store;
        Documents = documents;
    }

    public string Data { get; }
    public SqliteGraphStore Store { get; }
    public int Documents { get; }
    public string IndexFolder => SearchIndex.FolderIn(Data);

    public static async Task<BenchCorpusStore> LoadAsync(IReadOnlyList<string> folders, string name, TextWriter log)
    {
        var data = Path.Combine(Path.GetTempPath(), $"kg-{name}-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var store = new SqliteGraphStore(data);
        try
        {
            await store.InitializeAsync();
            var extraction = new ExtractionPipeline(Decoders.All).ExtractPaths(folders);
            var stored = await store.UpsertDocumentsAsync(extraction.Documents);
            var keys = stored.Stored.Select(s => s.Key).ToHashSet();
            await SearchIndexUpdate.AfterIngestAsync(SearchIndex.FolderIn(data), extraction.Documents.Where(d => keys.Contains(d.Key.Trim())), log);
            log.WriteLine($"loaded {stored.Stored.Count} documents into {store.Description}");
            return new BenchCorpusStore(data, store, stored.Stored.Count);
        }
        catch
        {
            await store.DisposeAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try { Directory.Delete(Data, recursive: true); } catch (IOException) { }
    }
}
