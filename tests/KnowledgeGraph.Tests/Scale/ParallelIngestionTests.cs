using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Scale;

/// <summary>Parallel ingestion builds the graph sequential ingestion builds, in bounded batches, and reports failures.</summary>
public sealed class ParallelIngestionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Real seeds and corpus documents (SAME_AS and shared units included) and generated ones.</summary>
    private List<string> Inputs()
    {
        var generated = Path.Combine(_folder.Path, "generated");
        new CorpusGenerator(120, 5).WriteTo(generated);
        var pipeline = new ExtractionPipeline(Decoders.All);
        var errors = new List<Ingest.Model.ExtractionError>();
        var corpus = Path.Combine(RepoPaths.Shared, "corpus", "tvpl-2025");
        Assert.True(Directory.Exists(corpus), $"{corpus} is missing: the tests need ../shared beside the repository");
        var files = pipeline.ExpandPaths([RepoPaths.Seeds, corpus, generated], errors).ToList();
        Assert.Empty(errors);
        return [.. files.Where((f, i) => !f.Contains("tvpl-2025", StringComparison.Ordinal) || i % 3 == 0)];
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 7)]
    [InlineData(4, 2, 50)]
    public async Task Parallel_ingest_gives_the_fingerprint_of_sequential_ingest(int workers, int capacity, int batch)
    {
        var files = Inputs();
        var pipeline = new ExtractionPipeline(Decoders.All);

        await using var sequential = new SqliteGraphStore(Path.Combine(_folder.Path, "seq"));
        await sequential.InitializeAsync();
        var extraction = pipeline.ExtractPaths(files);
        Assert.Empty((await sequential.UpsertDocumentsAsync(extraction.Documents)).Failed);

        await using var parallel = new SqliteGraphStore(Path.Combine(_folder.Path, "par"));
        await parallel.InitializeAsync();
        var batches = new List<int>();
        var result = await ParallelIngestion.RunAsync(files, parallel, pipeline, new ParallelIngestOptions(workers, capacity, batch),
            (docs, stored) => { batches.Add(docs.Count); return Task.CompletedTask; });

        Assert.Empty(result.StoreFailures);
        Assert.Empty(result.ExtractionErrors);
        Assert.Equal(files.Count, result.Stored.Count);
        Assert.All(batches, n => Assert.InRange(n, 1, batch));
        Assert.Contains(extraction.Documents, d => d.SameAs.Count > 0); // the held-back path is exercised
        var expected = await sequential.GetFingerprintAsync();
        var actual = await parallel.GetFingerprintAsync();
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public async Task A_file_that_cannot_be_decoded_is_reported_and_the_others_load()
    {
        var good = Path.Combine(_folder.Path, "good");
        new CorpusGenerator(10, 1).WriteTo(good);
        var empty = Path.Combine(_folder.Path, "empty.txt");
        File.WriteAllText(empty, "   \n");
        var files = new ExtractionPipeline(Decoders.All).ExpandPaths([good, empty], []).ToList();

        await using var store = new SqliteGraphStore(Path.Combine(_folder.Path, "db"));
        await store.InitializeAsync();
        var result = await ParallelIngestion.RunAsync(files, store, new ExtractionPipeline(Decoders.All), new ParallelIngestOptions(2, 2, 3));

        Assert.Equal(10, result.Stored.Count);
        var error = Assert.Single(result.ExtractionErrors);
        Assert.Contains("empty.txt", error.Source);
        Assert.Contains("no text", error.Message);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)]
    public async Task Options_below_one_are_refused_by_name(int workers, int capacity, int batch)
    {
        await using var store = new SqliteGraphStore(Path.Combine(_folder.Path, "db"));
        await store.InitializeAsync();
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            ParallelIngestion.RunAsync([], store, new ExtractionPipeline(), new ParallelIngestOptions(workers, capacity, batch)));
        Assert.Contains(workers < 1 ? "Workers" : capacity < 1 ? "Capacity" : "BatchSize", e.ParamName);
    }
}
