using System.CommandLine;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>ingest PATH... [--store embedded|neo4j] [--data DIR] [--neo4j-url URL] [--workers N]</c>: extract the files
/// on N threads and load them into the graph through one writer (<see cref="ParallelIngestion"/>: bounded memory,
/// the same graph as one thread gives), updating the search index with what was stored. A document that fails
/// (to decode or to store) is reported; the others are loaded. The search index is updated on its own thread, overlapping
/// the load; if it cannot be updated the store keeps what it loaded and the error says to run <c>kg reindex</c>.
/// Exit 1 if any document failed or the index was not updated.
/// </summary>
public sealed class IngestVerb : ICliVerb
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursive): .txt .md .docx .pdf", Arity = ArgumentArity.OneOrMore };
        var workers = new Option<int>("--workers")
        {
            Description = "Extraction threads (default: the number of cores); documents are stored by one writer",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var store = new StoreOptions();
        var cmd = new Command("ingest", "Extract documents and load them into the graph store") { paths, workers };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var threads = parse.GetValue(workers);
            if (threads < 1) throw new CliException($"--workers {threads}: give at least 1");
            var pipeline = KnowledgeGraph.Ml.MlExtraction.Pipeline(Decoders.All);
            var missing = new List<ExtractionError>();
            var files = pipeline.ExpandPaths(parse.GetValue(paths)!, missing).ToList();
            var settings = store.Read(parse);
            await using var graph = await settings.OpenAsync(token);

            // The search index follows the store: only what was stored is indexed, on a thread of its own (IndexingStage)
            // while the writer loads the next batch; an index that cannot be updated is reported (run `kg reindex`)
            // without undoing the load.
            var index = OpenIndex(DataFolderOption.IndexFolder(settings), error, out var indexError);
            var units = new HashSet<string>(StringComparer.Ordinal);
            ParallelIngestResult result;
            try
            {
                await using var indexing = new IndexingStage((docs, stored) =>
                {
                    var keys = stored.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
                    foreach (var d in docs.Where(d => keys.Contains(d.Key.Trim())))
                    {
                        foreach (var u in d.Tasks.SelectMany(t => t.Lead.Concat(t.Support))) units.Add(UnitKeys.Key(u, d.Issuer?.Province));
                        if (index is not null && !TryIndex(() => index.Upsert(d), ref indexError)) { index.Dispose(); index = null; }
                    }
                    return Task.CompletedTask;
                });
                result = await ParallelIngestion.RunAsync(files, graph, pipeline, new ParallelIngestOptions(threads), indexing.EnqueueAsync, token);
                // Any failure of the index (a full disk, a damaged segment) leaves the store as loaded: reported, not thrown.
                try { await indexing.CompleteAsync(); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    indexError ??= $"{e.GetType().Name}: {e.Message}";
                    try { index?.Dispose(); } catch (Exception) { /* the writer is broken already; the error above says what to do */ }
                    index = null;
                }
                if (index is not null && !TryIndex(index.Commit, ref indexError)) { index.Dispose(); index = null; }
            }
            finally { index?.Dispose(); }
            if (indexError is not null)
                await error.WriteLineAsync($"error: search index not updated: {indexError} The documents reported loaded are stored in the graph, " +
                    "but the search index misses some of them. Run `kg reindex` to rebuild it from the store.");

            var errors = missing.Concat(result.ExtractionErrors).ToList();
            var failures = errors.Count + result.StoreFailures.Count;
            var storedDocs = result.Stored;
            await output.WriteLineAsync(
                $"{storedDocs.Count} documents loaded into {graph.Description}: " +
                $"{storedDocs.Sum(s => s.Citations)} citations, {storedDocs.Sum(s => s.Relations)} relations, " +
                $"{storedDocs.Sum(s => s.Tasks)} tasks, {units.Count} units named in tasks; {failures} errors");
            // Saved watches live beside the search index; re-evaluate them against what is now stored.
            var watches = await new KnowledgeGraph.Graph.Analysis.WatchStore(Path.GetDirectoryName(Path.GetFullPath(DataFolderOption.IndexFolder(settings)))!).EvaluateAllAsync(graph, token);
            foreach (var w in watches.Where(w => w.New.Count > 0))
                await output.WriteLineAsync($"watch {w.Id} ({w.Root}{(w.Province is null ? "" : ", " + w.Province)}): {w.New.Count} new: {string.Join(", ", w.New)}");
            foreach (var e in errors) await error.WriteLineAsync($"error: {e.Source}: {e.Message}");
            foreach (var f in result.StoreFailures) await error.WriteLineAsync($"error: {f.Source}: {f.Message}");
            return failures == 0 && indexError is null ? 0 : 1;
        }, ct));
        return cmd;
    }

    private static SearchIndex? OpenIndex(string folder, TextWriter error, out string? problem)
    {
        problem = null;
        try { return SearchIndex.Open(folder); }
        catch (SearchIndexException e) { problem = e.Message; return null; }
    }

    private static bool TryIndex(Action action, ref string? problem)
    {
        try { action(); return true; }
        catch (SearchIndexException e) { problem = e.Message; return false; }
    }
}
