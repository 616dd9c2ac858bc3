using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using C = KnowledgeGraph.Graph.Neo4j.CypherStatements;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>Listing and counting documents with every filter of <see cref="DocumentFilter"/> applied in Cypher.</summary>
public sealed partial class Neo4jGraphStore
{
    public override async Task<DocumentPage> ListDocumentsAsync(DocumentFilter filter, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        var size = PageSize(limit);
        var result = await ReadAsync(C.ListDocuments.With([.. FilterParameters(filter), ("after", DocumentCursor.Decode(cursor)), ("limit", size + 1)]), ct);
        var all = result.Rows.Select(r => DocumentNode.From(PropertyBag.FromJson(r[0]))).ToList();
        var items = all.Take(size).ToList();
        return new DocumentPage(items, all.Count > size ? DocumentCursor.Encode(items[^1].Key) : null);
    }

    public override async Task<long> CountDocumentsAsync(DocumentFilter filter, CancellationToken ct = default)
    {
        var result = await ReadAsync(C.CountDocuments.With(FilterParameters(filter)), ct);
        return result.Rows[0][0].GetInt64();
    }

    private static (string, object?)[] FilterParameters(DocumentFilter f)
    {
        var issuer = FilterWords.Of(f.Issuer);
        var text = FilterWords.Of(f.Text);
        return
        [
            ("type", f.Type), ("provinceKey", LookupKeys.Province(f.Province)), ("year", f.Year), ("yearFrom", f.YearFrom),
            ("yearTo", f.YearTo), ("ingested", f.Ingested), ("issuerWords", issuer), ("textWords", text),
            // The folding table travels only when a word filter needs it.
            ("folds", issuer.Count + text.Count > 0 ? FilterWords.FoldPairs : Array.Empty<string[]>()),
        ];
    }
}
