namespace KnowledgeGraph.Graph.Facts;

/// <summary>A node to write: its label, key and properties.</summary>
public sealed record NodeFact(string Label, string Key, PropertyBag Props);

/// <summary>An edge to write. <see cref="Props"/> always holds <c>source</c>, the document that stated it.</summary>
public sealed record EdgeFact(string Type, string FromLabel, string FromKey, string ToLabel, string ToKey, PropertyBag Props)
{
    public string Source => Props.GetString(Model.Prop.Source)!;
}

/// <summary>
/// Everything one ingested document contributes to the graph, ready to write. Facts it owns (its node's
/// properties, tasks, targets, every edge with its key as source) are replaced on re-ingest; shared nodes
/// (cited documents, units, persons) are only created if missing, and their properties are derived from the
/// edges pointing at them (<see cref="SharedNodeProperties"/>).
/// </summary>
public sealed record DocumentFacts
{
    public required string Key { get; init; }
    /// <summary>The ingested document's node, with all its properties (text excluded).</summary>
    public required NodeFact Document { get; init; }
    public required string Text { get; init; }
    /// <summary>Documents it refers to (cited, in relations or same-as candidates), created as cited-only if missing.</summary>
    public required IReadOnlyList<NodeFact> ReferencedDocuments { get; init; }
    /// <summary>Units and persons, with the properties their key determines (name comes from edges).</summary>
    public required IReadOnlyList<NodeFact> Units { get; init; }
    public required IReadOnlyList<NodeFact> Persons { get; init; }
    public required IReadOnlyList<NodeFact> Tasks { get; init; }
    public required IReadOnlyList<NodeFact> Targets { get; init; }
    public required IReadOnlyList<EdgeFact> Edges { get; init; }

    public int NodeCount => 1 + ReferencedDocuments.Count + Units.Count + Persons.Count + Tasks.Count + Targets.Count;
}
