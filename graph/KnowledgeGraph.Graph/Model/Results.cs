namespace KnowledgeGraph.Graph.Model;

public sealed record CascadeNode(DocumentNode Document, int Depth);

/// <summary>A unit in a cascade and the tasks it leads or supports there.</summary>
public sealed record CascadeUnit(UnitNode Unit, IReadOnlyList<string> LeadTasks, IReadOnlyList<string> SupportTasks);

/// <summary>
/// Everything reachable from a root along the chosen relations within the depth limit: documents with their
/// depth, the edges among them with evidence, the tasks of every document in it and the units those tasks name.
/// </summary>
public sealed record CascadeResult(
    DocumentNode Root,
    CascadeOptions Options,
    IReadOnlyList<CascadeNode> Nodes,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<TaskInfo> Tasks,
    IReadOnlyList<CascadeUnit> Units);

/// <summary>One step of a path: the pair of documents and every edge between them that the path may use.</summary>
public sealed record PathHop(string From, string To, IReadOnlyList<GraphEdge> Edges);

public sealed record GraphPath(IReadOnlyList<DocumentNode> Nodes, IReadOnlyList<PathHop> Hops)
{
    public int Length => Hops.Count;
}

/// <summary>A task naming a unit, the unit's role in it ("lead" or "support") and the assigning document.</summary>
public sealed record UnitTask(TaskInfo Task, string Role, DocumentNode Document);

public sealed record GraphStatistics(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> EdgesByType,
    long IngestedDocuments,
    long CitedOnlyDocuments);

/// <summary>What one upsert wrote.</summary>
public sealed record UpsertResult(string Key, string? SourceFile, int Nodes, int Edges, int Citations, int Relations, int Tasks, int Units);

/// <summary>A document that could not be stored, and why; the others in its batch were stored.</summary>
public sealed record UpsertFailure(string Source, string? Key, string Message);

public sealed record BatchUpsertResult(IReadOnlyList<UpsertResult> Stored, IReadOnlyList<UpsertFailure> Failed);
