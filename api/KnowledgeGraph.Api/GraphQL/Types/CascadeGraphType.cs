using global::GraphQL.Types;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>A cascade (or lineage) with its nested tree and counts, each built once from the flat nodes and edges when first asked for.</summary>
public sealed record CascadeView(CascadeResult Result)
{
    private readonly Lazy<CascadeTree> _tree = new(() => CascadeTree.Build(Result));
    // Counts belong to the result: a cascade the store kept for its version is counted once, not per request.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CascadeResult, CascadeCounts> CountsOf = new();
    private readonly Lazy<CascadeCounts> _counts = new(() => CountsOf.GetValue(Result, CascadeCounts.Of));

    public CascadeTree Tree => _tree.Value;
    public CascadeCounts Counts => _counts.Value;
}

/// <summary>
/// One node of the nested cascade. Each document appears once, under the parent one step closer to the root that
/// the smallest key names among those it is linked to (the flat edges keep every link).
/// </summary>
public sealed record CascadeTree(DocumentNode Document, int Depth, IReadOnlyList<GraphEdge> Via, IReadOnlyList<CascadeTree> Children)
{
    public static CascadeTree Build(CascadeResult r)
    {
        var depth = r.Nodes.ToDictionary(n => n.Document.Key, n => n.Depth, StringComparer.Ordinal);
        var spec = WalkSpec.ForCascade(r.Options);
        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var via = new Dictionary<string, List<GraphEdge>>(StringComparer.Ordinal);
        // Each node's own edges (in the flat order) instead of every edge per node: 68,000 nodes × 100,000 edges did not finish.
        var around = new Dictionary<string, List<GraphEdge>>(StringComparer.Ordinal);
        foreach (var e in r.Edges)
        {
            if (!around.TryGetValue(e.From, out var fromList)) around[e.From] = fromList = [];
            fromList.Add(e);
            if (e.To == e.From) continue;
            if (!around.TryGetValue(e.To, out var toList)) around[e.To] = toList = [];
            toList.Add(e);
        }
        foreach (var n in r.Nodes.Where(n => n.Depth > 0))
        {
            var key = n.Document.Key;
            var links = (around.GetValueOrDefault(key) ?? []).Where(e => (e.From == key && depth.GetValueOrDefault(e.To, -1) == n.Depth - 1)
                                        || (e.To == key && depth.GetValueOrDefault(e.From, -1) == n.Depth - 1)).ToList();
            var parent = links.Select(e => e.From == key ? e.To : e.From).Order(StringComparer.Ordinal).FirstOrDefault();
            if (parent is null) continue;
            parentOf[key] = parent;
            via[key] = links.Where(e => e.From == parent || e.To == parent).ToList();
        }
        var children = parentOf.GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var docs = r.Nodes.ToDictionary(n => n.Document.Key, n => n.Document, StringComparer.Ordinal);
        CascadeTree Node(string key, int d) => new(docs.GetValueOrDefault(key) ?? r.Root, d, via.GetValueOrDefault(key) ?? [],
            (children.GetValueOrDefault(key) ?? []).Select(k => Node(k, d + 1)).ToList());
        return Node(r.Root.Key, 0);
    }
}

public sealed class CascadeGraphType : ObjectGraphType<CascadeView>
{
    public CascadeGraphType()
    {
        Name = "Cascade";
        Description = "Everything reachable from a root document along the chosen relations within the depth: as flat nodes/edges for drawing, and as a nested tree.";
        Field<NonNullGraphType<DocumentGraphType>>("root").Description("The document the walk started from.").Resolve(c => c.Source.Result.Root);
        Field<NonNullGraphType<StringGraphType>>("direction").Description("down (documents that carry the root out) or up (lineage: what the root carries out).")
            .Resolve(c => c.Source.Result.Options.Direction == CascadeDirection.Down ? "down" : "up");
        Field<NonNullGraphType<IntGraphType>>("maxDepth").Description("The depth limit of the walk.").Resolve(c => c.Source.Result.Options.MaxDepth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CascadeNodeGraphType>>>>("nodes").Description("Every document reached, with its depth (root at 0), by depth then key.").Resolve(c => c.Source.Result.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Description("Every followed relation among the documents reached, with evidence.").Resolve(c => c.Source.Result.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("tasks").Description("Tasks of every document reached.").Resolve(c => c.Source.Result.Tasks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CascadeUnitGraphType>>>>("units").Description("Units the tasks name, with the keys of the tasks they lead and support.").Resolve(c => c.Source.Result.Units);
        Field<NonNullGraphType<CascadeTreeGraphType>>("tree").Description("The same walk as a nested tree from the root.").Resolve(c => c.Source.Tree);
        CascadeSummaryFields.Add(this);
    }
}

public sealed class CascadeNodeGraphType : ObjectGraphType<CascadeNode>
{
    public CascadeNodeGraphType()
    {
        Name = "CascadeNode";
        Description = "A document reached by a cascade and its distance from the root.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps from the root (root at 0).").Resolve(c => c.Source.Depth);
    }
}

public sealed class CascadeTreeGraphType : ObjectGraphType<CascadeTree>
{
    public CascadeTreeGraphType()
    {
        Name = "CascadeTreeNode";
        Description = "A node of the nested cascade: a document, the relations linking it to its parent, and its children.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps from the root (root at 0).").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("via").Description("Relations between this document and its parent, with evidence (empty at the root).").Resolve(c => c.Source.Via);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CascadeTreeGraphType>>>>("children").Description("Documents one step further from the root, placed under this one.").Resolve(c => c.Source.Children);
    }
}

public sealed class CascadeUnitGraphType : ObjectGraphType<CascadeUnit>
{
    public CascadeUnitGraphType()
    {
        Name = "CascadeUnit";
        Description = "A unit named by tasks in a cascade and the keys of the tasks it leads and supports there.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Normalised unit key.").Resolve(c => c.Source.Unit.Key);
        Field<StringGraphType>("name").Description("One spelling of the unit's name.").Resolve(c => c.Source.Unit.Name);
        Field<StringGraphType>("province").Description("Province of the unit; null for central units.").Resolve(c => c.Source.Unit.Province);
        Field<StringGraphType>("level").Description("Level of the unit (central, province, district, ...).").Resolve(c => c.Source.Unit.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("leadTasks").Description("Keys of tasks in the cascade the unit leads.").Resolve(c => c.Source.LeadTasks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportTasks").Description("Keys of tasks in the cascade the unit supports.").Resolve(c => c.Source.SupportTasks);
    }
}

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A shortest path between two documents over relations in either direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("nodes").Description("Documents along the path, from the start to the end.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopGraphType>>>>("hops").Description("Each step with the relations that link its two documents.").Resolve(c => c.Source.Hops);
    }
}

public sealed class PathHopGraphType : ObjectGraphType<PathHop>
{
    public PathHopGraphType()
    {
        Name = "PathHop";
        Description = "One step of a path: two neighbouring documents and every relation between them, with evidence.";
        Field<NonNullGraphType<StringGraphType>>("fromKey").Description("Key of the document nearer the start.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("toKey").Description("Key of the document nearer the end.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Description("The relations between the two (in either direction).").Resolve(c => c.Source.Edges);
    }
}
