using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Facts;

/// <summary>
/// Shared nodes (cited-only documents, units, persons) are written by many documents. So that they do not depend
/// on the order documents arrive in, each takes its derived properties from ONE incoming edge: the one with the
/// lowest <c>rank</c> (ordinal string order). Ranks are set by <see cref="FactsBuilder"/>:
/// <list type="bullet">
/// <item>CITES from a citation: the most complete citation first, then by citing source and key;</item>
/// <item>edges into units and persons: by the name as written, then province, source and key.</item>
/// </list>
/// The node keeps the winning rank and its source, so adding an edge is one comparison and only removing the
/// winning edge needs a look at the others. Both stores implement exactly this rule.
/// </summary>
public static class SharedNodeProperties
{
    private const char Separator = '\u001f';
    /// <summary>Sorts after every real value: an absent province ranks last.</summary>
    private const string Last = "\uffff";

    public static string CitationRank(int completeness, string source, string fromKey) =>
        $"{9 - Math.Clamp(completeness, 0, 9)}{Separator}{source}{Separator}{fromKey}";

    public static string NameRank(string name, string? province, string source, string fromKey) =>
        $"{name}{Separator}{province ?? Last}{Separator}{source}{Separator}{fromKey}";

    /// <summary>The properties an edge gives the shared node it points to, with the bookkeeping; null when it gives none.</summary>
    public static PropertyBag? Derived(string label, PropertyBag edge)
    {
        var rank = edge.GetString(Prop.Rank);
        if (rank is null) return null;
        var bag = new PropertyBag();
        if (label == NodeLabel.Document)
            foreach (var (e, n) in Prop.CitedDocumentFields) bag.Set(n, edge.TryGetValue(e, out var v) ? v : null);
        else
            foreach (var f in Prop.NamedFields) bag.Set(f, edge.TryGetValue(f, out var v) ? v : null);
        return bag.Set(Prop.Rank, rank).Set(Prop.RankSource, edge.GetString(Prop.Source));
    }

    /// <summary>
    /// A shared node's properties given its current ones and the best-ranked incoming edge (null: none left):
    /// the key-determined properties stay, the derived ones are replaced.
    /// </summary>
    public static PropertyBag Apply(string label, PropertyBag current, PropertyBag? bestEdge)
    {
        var bag = new PropertyBag(current);
        foreach (var f in DerivedNames(label)) bag.Remove(f);
        if (bestEdge is not null && Derived(label, bestEdge) is { } derived)
            foreach (var (k, v) in derived) bag[k] = v;
        return bag;
    }

    public static IEnumerable<string> DerivedNames(string label) =>
        (label == NodeLabel.Document ? Prop.CitedDocumentFields.Select(f => f.Node) : Prop.NamedFields)
        .Append(Prop.Rank).Append(Prop.RankSource);

    /// <summary>
    /// For a batch of documents: each shared node their edges point to, with the best-ranked of those edges
    /// (what the Neo4j store sends to compare with the node's current rank).
    /// </summary>
    public static IEnumerable<(string Label, string Key, PropertyBag Edge)> BestNewEdges(IEnumerable<DocumentFacts> docs) => docs
        .SelectMany(d => d.Edges)
        .Where(e => e.Props.GetString(Prop.Rank) is not null && e.ToLabel is NodeLabel.Document or NodeLabel.Unit or NodeLabel.Person)
        .GroupBy(e => (e.ToLabel, e.ToKey))
        .Select(g => (g.Key.ToLabel, g.Key.ToKey, g.MinBy(e => e.Props.GetString(Prop.Rank), StringComparer.Ordinal)!.Props));
}
