using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>
/// With the index written on its own thread, overlapping the load, the index still ends up holding exactly what
/// the store holds; when the index cannot be written after the store committed, the ingest says so and
/// <c>kg reindex</c> brings the index back in line with the store.
/// </summary>
public sealed class IndexFollowsStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Data => Path.Combine(_folder.Path, "data");
    private string Corpus => Path.Combine(_folder.Path, "corpus");

    public IndexFollowsStoreTests() => new CorpusGenerator(90, 3).WriteTo(Corpus);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task After_kg_ingest_the_index_holds_what_indexing_the_extracted_documents_directly_gives()
    {
        var run = await CliHarness.RunAsync(new IngestVerb(), "ingest", Corpus, "--data", Data, "--workers", "2");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("90 documents loaded", run.Output);

        var pipeline = new ExtractionPipeline(Decoders.All);
        var files = pipeline.ExpandPaths([Corpus], []).ToList();
        using var reference = SearchIndex.InMemory();
        reference.Rebuild(pipeline.ExtractPaths(files).Documents);
        using var ingested = SearchIndex.Open(SearchIndex.FolderIn(Data), readOnly: true);
        Assert.Equal(reference.Fingerprint(), ingested.Fingerprint());
    }

    [Fact]
    public async Task Re_ingesting_the_same_files_leaves_the_index_and_the_store_as_they_were()
    {
        var first = await CliHarness.RunAsync(new IngestVerb(), "ingest", Corpus, "--data", Data);
        Assert.True(first.ExitCode == 0, first.Error);
        (int, string) indexBefore;
        using (var index = SearchIndex.Open(SearchIndex.FolderIn(Data), readOnly: true)) indexBefore = index.Fingerprint();
        string storeBefore;
        await using (var store = new SqliteGraphStore(Data)) storeBefore = (await store.GetFingerprintAsync()).ToString();

        var second = await CliHarness.RunAsync(new IngestVerb(), "ingest", Corpus, "--data", Data);
        Assert.True(second.ExitCode == 0, second.Error);
        using (var index = SearchIndex.Open(SearchIndex.FolderIn(Data), readOnly: true)) Assert.Equal(indexBefore, index.Fingerprint());
        await using (var store = new SqliteGraphStore(Data)) Assert.Equal(storeBefore, (await store.GetFingerprintAsync()).ToString());
    }

    [Fact]
    public async Task An_index_that_fails_after_the_store_committed_leaves_the_store_whole_and_kg_reindex_repairs_it()
    {
        var pipeline = new ExtractionPipeline(Decoders.All);
        var files = pipeline.ExpandPaths([Corpus], []).ToList();
        await using (var store = new SqliteGraphStore(Data))
        {
            await store.InitializeAsync();
            using var index = SearchIndex.Open(SearchIndex.FolderIn(Data));
            var batches = 0;
            await using var stage = new IndexingStage((docs, _) =>
            {
                // The third stored batch cannot be indexed (as a full disk would refuse it); the store already committed it.
                if (++batches == 3) throw new SearchIndexException("simulated: no space left for the index");
                foreach (var d in docs) index.Upsert(d);
                return Task.CompletedTask;
            });
            var result = await ParallelIngestion.RunAsync(files, store, pipeline, new ParallelIngestOptions(2, 4, 10), stage.EnqueueAsync);
            Assert.Equal(90, result.Stored.Count);
            var failure = await Assert.ThrowsAsync<SearchIndexException>(stage.CompleteAsync);
            Assert.Contains("no space", failure.Message);
            index.Commit();
            Assert.Equal(90, await IngestedCountAsync(store));
        }
        Assert.Equal(20, IndexedKeys().Count); // two batches of 10 made it; the store holds 90

        var reindex = await CliHarness.RunAsync(new ReindexVerb(), "reindex", "--data", Data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Contains("Indexed 90 documents", reindex.Output);
        await using (var store = new SqliteGraphStore(Data))
        {
            var stored = new List<string>();
            await foreach (var t in store.EnumerateTextsAsync()) stored.Add(t.Key);
            Assert.Equal(stored.Order(StringComparer.Ordinal), IndexedKeys().Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Kg_ingest_with_an_index_it_cannot_write_stores_the_documents_exits_1_and_names_kg_reindex()
    {
        Directory.CreateDirectory(Data);
        using (SearchIndex.Open(SearchIndex.FolderIn(Data))) // another writer holds the index's lock
        {
            var run = await CliHarness.RunAsync(new IngestVerb(), "ingest", Corpus, "--data", Data);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("90 documents loaded", run.Output);
            Assert.Contains("search index not updated", run.Error);
            Assert.Contains("kg reindex", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        Assert.Empty(IndexedKeys());

        var reindex = await CliHarness.RunAsync(new ReindexVerb(), "reindex", "--data", Data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Equal(90, IndexedKeys().Count);
        var search = await CliHarness.RunAsync(new SearchVerb(), "search", "ke hoach", "--data", Data);
        Assert.Equal(0, search.ExitCode);
    }

    private static async Task<int> IngestedCountAsync(SqliteGraphStore store)
    {
        var n = 0;
        await foreach (var _ in store.EnumerateTextsAsync()) n++;
        return n;
    }

    /// <summary>Keys of the document entries of the committed index.</summary>
    private List<string> IndexedKeys()
    {
        using var index = SearchIndex.Open(SearchIndex.FolderIn(Data), readOnly: true);
        var searcher = index.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(SearchFields.Kind, SearchFields.KindDocument)), 100_000);
            return top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Key)).ToList();
        }
        finally { index.Release(searcher); }
    }
}
