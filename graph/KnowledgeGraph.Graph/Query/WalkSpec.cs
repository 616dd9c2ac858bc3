using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Query;

/// <summary>
/// Which edges a walk crosses from a node <c>n</c>: <see cref="Inward"/> types on edges <c>x→n</c> lead to x,
/// <see cref="Outward"/> types on <c>n→x</c> lead to x, <see cref="Both"/> types either way when their score is high enough.
/// </summary>
public sealed record WalkSpec(IReadOnlyList<string> Inward, IReadOnlyList<string> Outward, IReadOnlyList<string> Both, double MinScore)
{
    /// <summary>
    /// X IMPLEMENTS R (X→R) puts X below R; R ISSUES P (R→P) puts P below R. So going down follows most relations
    /// against their direction and ISSUES along it; going up is the reverse.
    /// </summary>
    public static WalkSpec ForCascade(CascadeOptions o)
    {
        var forward = o.RelationTypes.Where(IsParentToChild).ToList();
        var backward = o.RelationTypes.Where(t => !IsParentToChild(t)).ToList();
        IReadOnlyList<string> both = o.FollowSameAs ? [EdgeType.SameAs] : [];
        return o.Direction == CascadeDirection.Down
            ? new WalkSpec(backward, forward, both, o.MinSameAsScore)
            : new WalkSpec(forward, backward, both, o.MinSameAsScore);
    }

    public static WalkSpec ForPath(PathOptions o) =>
        new(o.RelationTypes, o.RelationTypes, o.FollowSameAs ? [EdgeType.SameAs] : [], o.MinSameAsScore);

    /// <summary>Relations whose edge points from the parent to the child (a decision ISSUES the programme).</summary>
    public static bool IsParentToChild(string type) => type == EdgeType.Issues;

    public IReadOnlyList<string> AllTypes => Inward.Concat(Outward).Concat(Both).Distinct().ToList();

    /// <summary>Whether an edge found around a node may be crossed (SAME_AS only above the score).</summary>
    public bool Admits(GraphEdge e) => !Both.Contains(e.Type) || (e.Score ?? 0) >= MinScore;
}
