using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// The long-lived services behind the API: the graph store, the search index (opened read-only on first use and
/// reopened if it was missing) and ingestion (one at a time, store first, then the index).
/// </summary>
public sealed class KgServices(IGraphStore store, KgServerOptions options) : IDisposable
{
    private readonly Lock _indexSync = new();
    private readonly SemaphoreSlim _ingestGate = new(1, 1);
    private SearchIndex? _index;
    // What `kg ingest` runs (rules + models), loaded on the first ingestion.
    private readonly Lazy<ExtractionPipeline> _pipeline = new(() => KnowledgeGraph.Ml.MlExtraction.Pipeline(Decoders.All));

    public IGraphStore Store => store;
    public ApiLimits Limits => options.Limits;
    public KgServerOptions Options => options;

    /// <summary>Saved watches, in the data folder (the folder holding the search index).</summary>
    public Graph.Analysis.WatchStore Watches { get; } = new(Path.GetDirectoryName(Path.GetFullPath(options.IndexFolder))!);

    /// <summary>Searches the index; throws <see cref="SearchIndexException"/> when there is none yet.</summary>
    public SearchResult Search(SearchRequest request)
    {
        SearchIndex index;
        lock (_indexSync) index = _index ??= SearchIndex.Open(options.IndexFolder, readOnly: true);
        return new SearchService(index).Search(request);
    }

    /// <summary>Extracts one file given by name and content, stores it, then updates the search index.</summary>
    public async Task<IngestOutcome> IngestAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName.Trim());
        if (name.Length == 0 || name != fileName.Trim())
            throw new IngestInputException($"fileName '{fileName}' must be a plain file name such as ke-hoach-12.txt, without folders");
        if (!DecoderRegistry.Default.CanDecode(name))
            throw new IngestInputException($"fileName '{name}' has an extension kg cannot read; use .txt, .md, .docx or .pdf");
        var folder = Path.Combine(Path.GetTempPath(), "kg-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllBytesAsync(path, content, ct);
            // One ingestion at a time: extraction (the models' pipeline) and the store, then the index, in order.
            await _ingestGate.WaitAsync(ct);
            try
            {
                Ingest.Model.DocumentRecord record;
                try { record = _pipeline.Value.ExtractFile(path); }
                catch (DecodeException e) { throw new IngestInputException($"{name}: {e.Problem}"); }
                var stored = await store.UpsertDocumentAsync(record, ct);
                var errors = new StringWriter();
                var indexed = await SearchIndexUpdate.AfterIngestAsync(options.IndexFolder, [record], errors);
                await Watches.EvaluateAllAsync(store, ct);
                var units = record.Tasks.SelectMany(t => t.Lead.Concat(t.Support)).Select(u => UnitKeys.Key(u, record.Issuer?.Province)).Distinct().Count();
                return new IngestOutcome(stored.Key, stored.Citations, stored.Relations, stored.Tasks, units, indexed,
                    indexed ? null : errors.ToString().Trim());
            }
            finally { _ingestGate.Release(); }
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* temp cleaner gets it */ }
        }
    }

    public void Dispose()
    {
        lock (_indexSync) { _index?.Dispose(); _index = null; }
        _ingestGate.Dispose();
    }
}

/// <summary>What one ingestion stored.</summary>
public sealed record IngestOutcome(string Key, int Citations, int Relations, int Tasks, int Units, bool Indexed, string? IndexError);

/// <summary>A file the ingest mutation cannot take; the message names the file and the problem.</summary>
public sealed class IngestInputException(string message) : Exception(message);
