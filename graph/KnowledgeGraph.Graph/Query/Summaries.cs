using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Graph.Query;

internal static class Summaries
{
    public static UpsertResult Of(DocumentRecord d, DocumentFacts f) => new(
        f.Key, d.Source, f.NodeCount, f.Edges.Count, d.Citations.Count, d.Relations.Count, d.Tasks.Count, f.Units.Count);
}
