using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// Keeps the search index in step with the graph store: after documents are stored, each replaces its earlier
/// version in the index (deleted by key and source file, then added) and the change is committed.
/// For the ingest verb: <c>await SearchIndexUpdate.AfterIngestAsync(DataFolderOption.IndexFolder(settings), stored, error)</c>.
/// </summary>
public static class SearchIndexUpdate
{
    /// <returns>False when the index could not be updated (the message went to <paramref name="error"/>); the store is not affected.</returns>
    public static async Task<bool> AfterIngestAsync(string indexFolder, IEnumerable<DocumentRecord> stored, TextWriter error)
    {
        try
        {
            using var index = SearchIndex.Open(indexFolder);
            foreach (var d in stored) index.Upsert(d);
            index.Commit();
            return true;
        }
        catch (SearchIndexException e)
        {
            await error.WriteLineAsync($"error: search index not updated: {e.Message} Run `kg reindex` to rebuild it.");
            return false;
        }
    }
}
