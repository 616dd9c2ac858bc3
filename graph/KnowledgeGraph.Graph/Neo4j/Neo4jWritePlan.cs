using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// The statements of one commit that replaces a group of documents: (1) remove what their previous versions
/// stated and re-derive or drop the shared nodes those referred to, (2) write the new facts as batched UNWIND
/// rows, one statement per node kind and edge kind, at most <c>rowsPerStatement</c> rows each, (3) re-derive the
/// shared nodes the new facts refer to. Sent in one request, so the group is written entirely or not at all.
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
        void Keys(CypherTemplate template, IEnumerable<string> values)
        {
            foreach (var chunk in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(rowsPerStatement))
                statements.Add(template.With(("keys", chunk)));
        }

        Rows(C.MergeIngestedDocuments, docs.Select(d => Row(d.Key, IngestedProps(d))));
        Rows(C.MergeReferencedDocuments, docs.SelectMany(d => d.ReferencedDocuments).DistinctBy(n => n.Key).Select(n => new Dictionary<string, object?> { ["key"] = n.Key }));
        Rows(C.MergeUnits, docs.SelectMany(d => d.Units).DistinctBy(n => n.Key).Select(n => Row(n.Key, n.Props)));
        Rows(C.MergePersons, docs.SelectMany(d => d.Persons).DistinctBy(n => n.Key).Select(n => Row(n.Key, n.Props)));
        Rows(C.CreateTasks, docs.SelectMany(d => d.Tasks).Select(n => Row(n.Key, n.Props)));
        Rows(C.CreateTargets, docs.SelectMany(d => d.Targets).Select(n => Row(n.Key, n.Props)));
        foreach (var kind in EdgeType.Kinds)
        {
            Rows(C.CreateEdges(kind), docs.SelectMany(d => d.Edges).Where(e => e.Type == kind.Type)
                .Select(e => new Dictionary<string, object?> { ["from"] = e.FromKey, ["to"] = e.ToKey, ["props"] = e.Props }));
        }
        Keys(C.RefreshCitedDocuments, docs.SelectMany(d => d.ReferencedDocuments).Select(n => n.Key));
        Keys(C.RefreshUnits, docs.SelectMany(d => d.Units).Select(n => n.Key));
        Keys(C.RefreshPersons, docs.SelectMany(d => d.Persons).Select(n => n.Key));

        // Empty row lists produce no statement; keep the plan free of no-op UNWINDs.
        return statements;
    }

    /// <summary>The document's properties plus its text and the bookkeeping that lets the next version find what this one touched.</summary>
    private static PropertyBag IngestedProps(DocumentFacts d) => new PropertyBag(d.Document.Props)
        .Set(Prop.FullText, d.Text.Length > 0 ? d.Text : null)
        .Set(Prop.RefDocuments, d.ReferencedDocuments.Select(n => n.Key))
        .Set(Prop.RefUnits, d.Units.Select(n => n.Key))
        .Set(Prop.RefPersons, d.Persons.Select(n => n.Key));

    private static Dictionary<string, object?> Row(string key, PropertyBag props) => new() { ["key"] = key, ["props"] = props };
}
