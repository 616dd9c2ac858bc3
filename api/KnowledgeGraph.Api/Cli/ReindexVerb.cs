using System.CommandLine;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>reindex PATH... [--data DIR]</c>: rebuild the search index in DIR/index from scratch.
/// Until the graph store is on main, the documents are re-extracted from the given files and folders.
/// Then, without paths, this verb feeds the store's enumeration to <see cref="SearchIndex.RebuildAsync"/>:
/// the store (graph branch) yields <c>StoredText(Key, ..., SourceFile, Text)</c>, not citations, so each is
/// re-extracted from its stored text (<c>pipeline.Extract(Text, SourceFile) with { Key = stored.Key }</c>)
/// to rebuild the citation entries too.
/// </summary>
public sealed class ReindexVerb : ICliVerb
{
    public Command Build()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (recursive) to re-extract and index",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var data = DataFolderOption.Create();
        var cmd = new Command("reindex", "Rebuild the full-text search index") { paths, data };
        cmd.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var given = parse.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                error.WriteLine("error: give the files or folders to index (rebuilding from the graph store is not available yet).");
                return 2;
            }
            var folder = SearchIndex.FolderIn(parse.GetValue(data)!);
            var errors = 0;
            try
            {
                var pipeline = new ExtractionPipeline(Decoders.All);
                var extracted = pipeline.ExtractPaths(given);
                foreach (var e in extracted.Errors)
                {
                    error.WriteLine($"error: {e.Source}: {e.Message}");
                    errors++;
                }
                using var index = SearchIndex.Open(folder);
                var count = index.Rebuild(extracted.Documents);
                output.WriteLine($"Indexed {count} documents into {folder}{(errors > 0 ? $"; {errors} files failed" : "")}.");
                return errors == 0 ? 0 : 1;
            }
            catch (SearchIndexException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return cmd;
    }
}
