using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// A down cascade as a tree: every document with the edge that first brought it in (breadth first, smallest key
/// first, so both stores give the same tree), optionally only through documents issued up to a date.
/// </summary>
public static class CascadeTree
{
    /// <summary>
    /// Walks <paramref name="cascade"/>'s edges from its root. With <paramref name="asOf"/>, a document enters only
    /// when issued on or before that date (a document known only by year: when the year is not later); one with
    /// neither date nor year is left out, and so is everything reached only through it.
    /// </summary>
    public static IReadOnlyList<CascadeLink> Build(CascadeResult cascade, DateOnly? asOf = null)
    {
        var docs = cascade.Nodes.ToDictionary(n => n.Document.Key, n => n.Document, StringComparer.Ordinal);
        var children = new Dictionary<string, List<(string Child, GraphEdge Edge)>>(StringComparer.Ordinal);
        foreach (var e in cascade.Edges)
            foreach (var (parent, child) in Steps(e))
            {
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                list.Add((child, e));
            }

        var links = new List<CascadeLink> { new(cascade.Root, 0, null, null) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { cascade.Root.Key };
        var frontier = new List<string> { cascade.Root.Key };
        for (var depth = 1; frontier.Count > 0 && depth <= cascade.Options.MaxDepth; depth++)
        {
            var next = new List<CascadeLink>();
            foreach (var parent in frontier.Order(StringComparer.Ordinal))
                foreach (var (child, edge) in (children.GetValueOrDefault(parent) ?? [])
                             .OrderBy(c => c.Child, StringComparer.Ordinal).ThenBy(c => c.Edge, GraphEdge.Order))
                {
                    if (seen.Contains(child) || !docs.TryGetValue(child, out var doc) || !IssuedBy(doc, asOf)) continue;
                    seen.Add(child);
                    next.Add(new CascadeLink(doc, depth, parent, edge));
                }
            links.AddRange(next);
            frontier = next.Select(l => l.Document.Key).ToList();
        }
        return links;
    }

    /// <summary>The cascade as it stood on a date: its documents, edges, tasks and units limited to the tree's documents.</summary>
    public static CascadeResult AsOf(CascadeResult cascade, DateOnly asOf)
    {
        var keep = Build(cascade, asOf).ToDictionary(l => l.Document.Key, l => l.Depth, StringComparer.Ordinal);
        var tasks = cascade.Tasks.Where(t => keep.ContainsKey(t.Document)).ToList();
        var taskKeys = tasks.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        return cascade with
        {
            Nodes = cascade.Nodes.Where(n => keep.ContainsKey(n.Document.Key)).Select(n => n with { Depth = keep[n.Document.Key] })
                .OrderBy(n => n.Depth).ThenBy(n => n.Document.Key, StringComparer.Ordinal).ToList(),
            Edges = cascade.Edges.Where(e => keep.ContainsKey(e.From) && keep.ContainsKey(e.To)).ToList(),
            Tasks = tasks,
            Units = cascade.Units
                .Select(u => u with { LeadTasks = u.LeadTasks.Where(taskKeys.Contains).ToList(), SupportTasks = u.SupportTasks.Where(taskKeys.Contains).ToList() })
                .Where(u => u.LeadTasks.Count + u.SupportTasks.Count > 0).ToList(),
        };
    }

    /// <summary>Whether a document was issued on or before the date (always, without a date).</summary>
    public static bool IssuedBy(DocumentNode d, DateOnly? asOf)
    {
        if (asOf is null) return true;
        if (DateText.Parse(d.Date) is { } date) return date <= asOf.Value;
        return d.Year is { } y && y <= asOf.Value.Year;
    }

    /// <summary>
    /// Parent → child steps of an edge going down: X IMPLEMENTS R puts X below R (so do BASED_ON, GUIDES, ...);
    /// R ISSUES P puts P below R; SAME_AS joins two records of one document both ways.
    /// </summary>
    private static IEnumerable<(string Parent, string Child)> Steps(GraphEdge e)
    {
        if (e.Type == EdgeType.SameAs) { yield return (e.From, e.To); yield return (e.To, e.From); }
        else if (Query.WalkSpec.IsParentToChild(e.Type)) yield return (e.From, e.To);
        else yield return (e.To, e.From);
    }
}
