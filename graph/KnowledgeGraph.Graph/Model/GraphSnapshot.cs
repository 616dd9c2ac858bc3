using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph.Facts;

namespace KnowledgeGraph.Graph.Model;

public sealed record SnapshotNode(string Label, string Key, PropertyBag Props)
{
    public string Line => $"N\t{Label}\t{Key}\t{Props.Canonical()}";
}

public sealed record SnapshotEdge(string Type, string FromLabel, string FromKey, string ToLabel, string ToKey, PropertyBag Props)
{
    public string Line => $"E\t{Type}\t{FromLabel}\t{FromKey}\t{ToLabel}\t{ToKey}\t{Props.Canonical()}";
}

/// <summary>
/// Every node and edge of a store with its properties (bulk text and bookkeeping left out), in canonical order:
/// two stores holding the same facts give equal snapshots and the same checksum.
/// </summary>
public sealed class GraphSnapshot
{
    public IReadOnlyList<SnapshotNode> Nodes { get; }
    public IReadOnlyList<SnapshotEdge> Edges { get; }

    public GraphSnapshot(IEnumerable<SnapshotNode> nodes, IEnumerable<SnapshotEdge> edges)
    {
        Nodes = nodes.Select(n => n with { Props = n.Props.Without(Prop.NotInSnapshot) })
            .OrderBy(n => n.Line, StringComparer.Ordinal).ToList();
        Edges = edges.Select(e => e with { Props = e.Props.Without(Prop.NotInSnapshot) })
            .OrderBy(e => e.Line, StringComparer.Ordinal).ToList();
    }

    public IEnumerable<string> Lines => Nodes.Select(n => n.Line).Concat(Edges.Select(e => e.Line));

    public StoreFingerprint Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in Lines) sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return new StoreFingerprint(
            Nodes.Count, Edges.Count,
            Nodes.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => (long)g.Count()),
            Edges.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => (long)g.Count()),
            Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}

/// <summary>Counts and a checksum of the whole content: equal fingerprints mean equal graphs.</summary>
public sealed record StoreFingerprint(
    long Nodes, long Edges,
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> EdgesByType,
    string Checksum)
{
    public override string ToString() =>
        $"{Nodes} nodes ({string.Join(", ", NodesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}), " +
        $"{Edges} edges ({string.Join(", ", EdgesByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}), sha256 {Checksum}";
}
