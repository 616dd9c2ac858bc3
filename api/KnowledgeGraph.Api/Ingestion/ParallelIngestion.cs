using System.Threading.Channels;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>How parallel ingestion runs.</summary>
/// <param name="Workers">Extraction threads (default: the cores).</param>
/// <param name="Capacity">Extracted documents waiting for the writer at most: with <paramref name="Workers"/> and
/// <paramref name="BatchSize"/> it bounds memory (about (Capacity + BatchSize + Workers) documents and their texts).</param>
/// <param name="BatchSize">Documents per store call (one transaction in SQLite, one HTTP request group in Neo4j).</param>
public sealed record ParallelIngestOptions(int Workers, int Capacity = 64, int BatchSize = 32)
{
    public static ParallelIngestOptions Default => new(Environment.ProcessorCount);
}

/// <summary>What a parallel ingestion did.</summary>
public sealed record ParallelIngestResult(
    IReadOnlyList<UpsertResult> Stored,
    IReadOnlyList<ExtractionError> ExtractionErrors,
    IReadOnlyList<UpsertFailure> StoreFailures,
    long InputBytes);

/// <summary>
/// Extraction on several threads, one writer: files → workers (decode, normalise, extract) → a bounded channel →
/// the store, in batches; only a bounded number of documents is in memory at once, however many files there are.
/// <para>The store's answer does not depend on the order documents arrive in (shared nodes take their properties
/// from the best-ranked edge, not the last writer), so the graph equals the one sequential ingest builds
/// (<see cref="IGraphStore.GetFingerprintAsync"/>; tested).</para>
/// <para>SAME_AS links need every document's citations (<see cref="SameAsMatcher"/>): the writer keeps each cited
/// key's first citation in file order (small records) and holds back the documents without a number of their own,
/// which it links and stores at the end, exactly as <see cref="ExtractionPipeline.ExtractPaths"/> would.</para>
/// </summary>
public static class ParallelIngestion
{
    private sealed record Item(int Order, string File, DocumentRecord? Document, ExtractionError? Error, long Bytes);

    /// <param name="afterStore">Called on the writer with each batch's stored documents (the search index update).</param>
    public static async Task<ParallelIngestResult> RunAsync(
        IReadOnlyList<string> files, IGraphStore store, ExtractionPipeline pipeline, ParallelIngestOptions options,
        Func<IReadOnlyList<DocumentRecord>, IReadOnlyList<UpsertResult>, Task>? afterStore = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1, nameof(options.Workers));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Capacity, 1, nameof(options.Capacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options.BatchSize));

        var channel = Channel.CreateBounded<Item>(new BoundedChannelOptions(options.Capacity)
        {
            SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait,
        });
        var next = -1;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var workers = Enumerable.Range(0, options.Workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < files.Count)
            {
                cts.Token.ThrowIfCancellationRequested();
                var file = files[i];
                Item item;
                try
                {
                    var bytes = new FileInfo(file).Length;
                    item = new Item(i, file, pipeline.ExtractFile(file), null, bytes);
                }
                catch (DecodeException e) { item = new Item(i, file, null, new ExtractionError(e.SourceName, e.Problem), 0); }
                await channel.Writer.WriteAsync(item, cts.Token);
            }
        }, cts.Token)).ToList();
        var closer = Task.WhenAll(workers).ContinueWith(t => channel.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);

        var stored = new List<UpsertResult>();
        var extractionErrors = new List<ExtractionError>();
        var failures = new List<UpsertFailure>();
        var firstCitations = new Dictionary<string, (int Order, int Position, CitationRecord Citation)>(StringComparer.Ordinal);
        var heldBack = new List<(int Order, DocumentRecord Document)>();
        var batch = new List<DocumentRecord>(options.BatchSize);
        long inputBytes = 0;

        async Task FlushAsync(List<DocumentRecord> docs)
        {
            if (docs.Count == 0) return;
            var result = await store.UpsertDocumentsAsync(docs, cts.Token);
            stored.AddRange(result.Stored);
            failures.AddRange(result.Failed);
            if (afterStore is not null && result.Stored.Count > 0) await afterStore(docs, result.Stored);
            docs.Clear();
        }

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cts.Token))
            {
                inputBytes += item.Bytes;
                if (item.Error is not null) { extractionErrors.Add(item.Error); continue; }
                var doc = item.Document!;
                var position = 0;
                foreach (var c in doc.Citations)
                {
                    position++;
                    if (c.Code is null || c.ByTitle) continue;
                    if (!firstCitations.TryGetValue(c.Key, out var seen) || (item.Order, position).CompareTo((seen.Order, seen.Position)) < 0)
                        firstCitations[c.Key] = (item.Order, position, c);
                }
                if (doc.Code is null && doc.Title is not null) { heldBack.Add((item.Order, doc)); continue; }
                batch.Add(doc);
                if (batch.Count >= options.BatchSize) await FlushAsync(batch);
            }
            await closer;
            await FlushAsync(batch);

            if (heldBack.Count > 0)
            {
                // Every citation seen, first appearance first, carried by one stand-in document in front of the held-back ones.
                var carrier = new DocumentRecord
                {
                    Source = "(citations of the batch)", Key = "(carrier)", Code = "(carrier)", Type = DocType.Khac,
                    Citations = firstCitations.Values.OrderBy(v => v.Order).ThenBy(v => v.Position).Select(v => v.Citation).ToList(),
                };
                var ordered = heldBack.OrderBy(h => h.Order).Select(h => h.Document);
                var linked = SameAsMatcher.Link([carrier, .. ordered]).Skip(1).ToList();
                foreach (var chunk in linked.Chunk(options.BatchSize)) await FlushAsync([.. chunk]);
            }
        }
        catch
        {
            await cts.CancelAsync();
            try { await Task.WhenAll(workers); } catch { /* their failure is the same one, or the cancellation */ }
            throw;
        }
        return new ParallelIngestResult(stored, extractionErrors.OrderBy(e => e.Source, StringComparer.Ordinal).ToList(), failures, inputBytes);
    }
}
