using System.CommandLine;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>ingest PATH... [--store embedded|neo4j] [--data DIR] [--neo4j-url URL]</c>: extract the files and load them
/// into the graph. A document that fails (to decode or to store) is reported; the others are loaded. Exit 1 if any failed.
/// </summary>
public sealed class IngestVerb : ICliVerb
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursive): .txt .md .docx .pdf", Arity = ArgumentArity.OneOrMore };
        var store = new StoreOptions();
        var cmd = new Command("ingest", "Extract documents and load them into the graph store") { paths };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var extraction = KnowledgeGraph.Ml.MlExtraction.Pipeline(Decoders.All).ExtractPaths(parse.GetValue(paths)!);
            await using var graph = await store.Read(parse).OpenAsync(token);
            var result = await graph.UpsertDocumentsAsync(extraction.Documents, token);

            var stored = result.Stored;
            var units = extraction.Documents
                .Where(d => stored.Any(s => s.Key == d.Key.Trim()))
                .SelectMany(d => d.Tasks.SelectMany(t => t.Lead.Concat(t.Support)).Select(u => UnitKeys.Key(u, d.Issuer?.Province)))
                .Distinct()
                .Count();
            var failures = extraction.Errors.Count + result.Failed.Count;
            await output.WriteLineAsync(
                $"{stored.Count} documents loaded into {graph.Description}: " +
                $"{stored.Sum(s => s.Citations)} citations, {stored.Sum(s => s.Relations)} relations, " +
                $"{stored.Sum(s => s.Tasks)} tasks, {units} units named in tasks; {failures} errors");
            foreach (var e in extraction.Errors) await error.WriteLineAsync($"error: {e.Source}: {e.Message}");
            foreach (var f in result.Failed) await error.WriteLineAsync($"error: {f.Source}: {f.Message}");
            // The search index follows the store: only what was stored is indexed; an index that cannot be updated
            // is reported (run `kg reindex`) without undoing the load.
            var storedKeys = stored.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            await SearchIndexUpdate.AfterIngestAsync(DataFolderOption.IndexFolder(store.Read(parse)),
                extraction.Documents.Where(d => storedKeys.Contains(d.Key.Trim())), error);
            return failures == 0 ? 0 : 1;
        }, ct));
        return cmd;
    }
}
