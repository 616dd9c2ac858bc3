using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>reindex [PATH...] [--store embedded|neo4j] [--data DIR] [--neo4j-url URL]</c>: rebuild the search index
/// (DIR/index) from scratch. Without paths, from every document in the graph store: the store keeps each
/// document's text, not its citations, so each is re-extracted from its stored text under its stored key, which
/// rebuilds the citation entries too. With paths, from those files (re-extracted), without touching the store.
/// </summary>
public sealed class ReindexVerb : ICliVerb
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (recursive) to index instead of the graph store's documents",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var store = new StoreOptions();
        var cmd = new Command("reindex", "Rebuild the full-text search index from the graph store (or from files)") { paths };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var settings = store.Read(parse);
            var folder = DataFolderOption.IndexFolder(settings);
            var given = parse.GetValue(paths) ?? [];
            var pipeline = KnowledgeGraph.Ml.MlExtraction.Pipeline(Decoders.All);
            var failures = 0;
            try
            {
                int count;
                string from;
                if (given.Length > 0)
                {
                    var extracted = pipeline.ExtractPaths(given);
                    foreach (var e in extracted.Errors) await error.WriteLineAsync($"error: {e.Source}: {e.Message}");
                    failures = extracted.Errors.Count;
                    using var index = SearchIndex.OpenForRebuild(folder);
                    count = index.Rebuild(extracted.Documents);
                    from = $"{given.Length} path(s)";
                }
                else
                {
                    await using var graph = await settings.OpenAsync(token);
                    using var index = SearchIndex.OpenForRebuild(folder);
                    var problems = new List<string>();
                    count = await index.RebuildAsync(FromStore(graph, pipeline, problems, token), token);
                    foreach (var p in problems) await error.WriteLineAsync($"error: {p}");
                    failures = problems.Count;
                    from = graph.Description;
                }
                await output.WriteLineAsync($"Indexed {count} documents from {from} into {folder}{(failures > 0 ? $"; {failures} failed" : "")}.");
                return failures == 0 ? 0 : 1;
            }
            catch (SearchIndexException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        }, ct));
        return cmd;
    }

    /// <summary>The store's documents, re-extracted from their stored text under their stored keys.</summary>
    private static async IAsyncEnumerable<DocumentRecord> FromStore(IGraphStore graph, ExtractionPipeline pipeline,
        List<string> problems, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in graph.EnumerateTextsAsync(ct))
        {
            DocumentRecord? record = null;
            try { record = pipeline.ExtractNormalized(stored.Text, stored.SourceFile ?? stored.Key) with { Key = stored.Key }; }
            catch (DecodeException e) { problems.Add($"{stored.Key}: {e.Problem}"); }
            if (record is not null) yield return record;
        }
    }
}
