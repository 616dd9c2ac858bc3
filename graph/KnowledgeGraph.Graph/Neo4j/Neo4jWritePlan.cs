using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// The statements of one commit that replaces a group of documents: (1) remove what their previous versions
/// stated and re-derive or drop the shared nodes those referred to, (2) write the new facts as batched UNWIND
/// rows, one statement per node kind and edge kind, at most <c>rowsPerStatement</c> rows each, (3) let the shared
/// nodes the new facts point to take their properties from the best-ranked new edge when it beats what they have. Sent in one request, so the group is written entirely or not at all.
/// </summary>
public static class Neo4jWritePlan
{
    public static int RowCount(DocumentFacts f) => f.NodeCount + f.Edges.Count;

    public static long EstimatedBytes(DocumentFacts f) => f.Text.Length * 2L + RowCount(f) * 300L;

    public static IReadOnlyList<CypherStatement> Build(IReadOnlyList<DocumentFacts> docs, int rowsPerStatement)
    {
        if (docs.Select(d => d.Key).Distinct(StringComparer.Ordinal).Count() != docs.Count)
            throw new ArgumentException("a commit must not hold two versions of one document", nameof(docs));
        var keys = docs.Select(d => d.Key).ToList();
        var statements = new List<CypherStatement>
        {
            C.DeleteOwnedNodes.With(("keys", keys)),
            C.DeleteOwnEdges.With(("keys", keys)),
            C.DeleteReferencedEdges.With(("keys", keys)),
            C.DeletePreviousOrphanDocuments.With(("keys", keys)),
            C.DeletePreviousOrphanUnits.With(("keys", keys)),
            C.DeletePreviousOrphanPersons.With(("keys", keys)),
            C.RefreshPreviousCitedDocuments.With(("keys", keys)),
            C.RefreshPreviousUnits.With(("keys", keys)),
            C.RefreshPreviousPersons.With(("keys", keys)),
        };

        void Rows(CypherTemplate template, IEnumerable<object> rows)
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
                statements.Add(template.With(("rows", chunk)));
        }
    
        Rows(C.MergeIngestedDocuments, docs.Select(d => Row(d.Key, IngestedProps(d))));
        Rows(C.MergeReferencedDocuments, docs.SelectMany(d => d.ReferencedDocuments).DistinctBy(n => n.Key).Select(n => new Dictionary<string, object?> { ["key"] = n.Key }));
        Rows(C.MergeUnits, docs.SelectMany(d => d.Units).DistinctBy(n => n.Key).Select(n => Row(n.Key, n.Props)));
        Rows(C.MergePersons, docs.SelectMany(d => d.Persons).DistinctBy(n => n.Key).Select(n => Row(n.Key, n.Props)));
        Rows(C.CreateTasks, docs.SelectMany(d => Owned(d, d.Tasks, EdgeType.Assigns)));
        Rows(C.CreateTargets, docs.SelectMany(d => Owned(d, d.Targets, EdgeType.HasTarget)));
        foreach (var kind in EdgeType.Kinds.Where(k => !C.CreatedWithOwnedNode(k)))
        {
            Rows(C.CreateEdges(kind), docs.SelectMany(d => d.Edges).Where(e => e.Type == kind.Type)
                .Select(e => new Dictionary<string, object?> { ["from"] = e.FromKey, ["to"] = e.ToKey, ["props"] = e.Props }));
        }
        var best = SharedNodeProperties.BestNewEdges(docs).ToList();
        Rows(C.ApplyCitedDocumentRanks, RankRows(best, NodeLabel.Document));
        Rows(C.ApplyUnitRanks, RankRows(best, NodeLabel.Unit));
        Rows(C.ApplyPersonRanks, RankRows(best, NodeLabel.Person));

        // Empty row lists produce no statement; keep the plan free of no-op UNWINDs.
        return statements;
    }

    private static IEnumerable<object> RankRows(IEnumerable<(string Label, string Key, PropertyBag Edge)> best, string label) => best
        .Where(b => b.Label == label)
        .Select(b => new Dictionary<string, object?>
        {
            ["key"] = b.Key,
            ["rank"] = b.Edge.GetString(Prop.Rank),
            ["source"] = b.Edge.GetString(Prop.Source),
            ["props"] = SharedNodeProperties.Derived(label, b.Edge),
        });

    /// <summary>The document's properties plus its text and the bookkeeping that lets the next version find what this one touched.</summary>
    private static PropertyBag IngestedProps(DocumentFacts d) => new PropertyBag(d.Document.Props)
        .Set(Prop.FullText, d.Text.Length > 0 ? d.Text : null)
        .Set(Prop.RefDocuments, d.ReferencedDocuments.Select(n => n.Key))
        .Set(Prop.RefUnits, d.Units.Select(n => n.Key))
        .Set(Prop.RefPersons, d.Persons.Select(n => n.Key));

    private static Dictionary<string, object?> Row(string key, PropertyBag props) => new() { ["key"] = key, ["props"] = props };

    /// <summary>Task or target rows, each with the properties of the edge from its document.</summary>
    private static IEnumerable<Dictionary<string, object?>> Owned(DocumentFacts d, IReadOnlyList<NodeFact> nodes, string edgeType)
    {
        var edges = d.Edges.Where(e => e.Type == edgeType).ToDictionary(e => e.ToKey, StringComparer.Ordinal);
        return nodes.Select(n => new Dictionary<string, object?> { ["document"] = d.Key, ["props"] = n.Props, ["edge"] = edges[n.Key].Props });
    }
}
