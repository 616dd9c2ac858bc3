using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Facts;

/// <summary>
/// Properties of shared nodes, derived from the edges that point at them so that they do not depend on the
/// order documents were ingested in. The SQLite store calls these; CypherStatements.Refresh* say the same in Cypher
/// (ordering: ascending, nulls last, ordinal string comparison).
/// </summary>
public static class SharedNodeProperties
{
    /// <summary>An incoming edge: its properties and the key of the node it comes from.</summary>
    public sealed record Incoming(string FromKey, PropertyBag Props);

    /// <summary>
    /// A cited-only document: each field from the first CITES edge, in (source, citing key) order, that has it.
    /// </summary>
    public static PropertyBag CitedDocument(string key, IEnumerable<Incoming> cites)
    {
        var ordered = cites
            .OrderBy(c => c.Props.GetString(Prop.Source), NullsLast)
            .ThenBy(c => c.FromKey, NullsLast)
            .ToList();
        var bag = new PropertyBag().Set(Prop.Key, key).Set(Prop.Ingested, false);
        foreach (var (edgeProp, nodeProp) in Prop.CitedDocumentFields)
        {
            var first = ordered.FirstOrDefault(c => c.Props.ContainsKey(edgeProp));
            if (first is not null) bag[nodeProp] = first.Props[edgeProp];
        }
        return bag;
    }

    /// <summary>
    /// A unit or person: name and province as written on the incoming edge that sorts first by
    /// (name, province, source, from key); the other properties come from the key and stay.
    /// </summary>
    public static PropertyBag Named(PropertyBag current, IEnumerable<Incoming> incoming)
    {
        var first = incoming
            .Where(e => e.Props.ContainsKey(Prop.Name))
            .OrderBy(e => e.Props.GetString(Prop.Name), NullsLast)
            .ThenBy(e => e.Props.GetString(Prop.Province), NullsLast)
            .ThenBy(e => e.Props.GetString(Prop.Source), NullsLast)
            .ThenBy(e => e.FromKey, NullsLast)
            .FirstOrDefault();
        var bag = new PropertyBag(current);
        bag.Set(Prop.Name, first?.Props.GetString(Prop.Name));
        bag.Set(Prop.Province, first?.Props.GetString(Prop.Province));
        return bag;
    }

    /// <summary>Ordinal, with nulls after every string (as Cypher's ORDER BY).</summary>
    public static readonly IComparer<string?> NullsLast = Comparer<string?>.Create((a, b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b));
}
