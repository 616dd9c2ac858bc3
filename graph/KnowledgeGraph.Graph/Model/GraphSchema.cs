using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Graph.Model;

/// <summary>Node labels of the graph. Both stores use exactly these names (Neo4j labels, SQLite <c>nodes.label</c>).</summary>
public static class NodeLabel
{
    /// <summary>Văn bản (a document, ingested or only cited).</summary>
    public const string Document = "Document";
    /// <summary>Cơ quan, đơn vị (a unit: issuer, recipient, lead or supporting unit), scoped by province.</summary>
    public const string Unit = "Unit";
    /// <summary>Người ký (the person who signed a document).</summary>
    public const string Person = "Person";
    /// <summary>Nhiệm vụ (a task assigned by a document).</summary>
    public const string Task = "Task";
    /// <summary>Chỉ tiêu (a quantified target set by a document).</summary>
    public const string Target = "Target";

    public static readonly IReadOnlyList<string> All = [Document, Unit, Person, Task, Target];
}

/// <summary>Relationship types. The eight relation types come from the extraction contract.</summary>
public static class EdgeType
{
    public const string Implements = nameof(RelationType.IMPLEMENTS);
    public const string BasedOn = nameof(RelationType.BASED_ON);
    public const string Amends = nameof(RelationType.AMENDS);
    public const string Replaces = nameof(RelationType.REPLACES);
    public const string Repeals = nameof(RelationType.REPEALS);
    public const string Guides = nameof(RelationType.GUIDES);
    public const string Issues = nameof(RelationType.ISSUES);
    public const string Cites = nameof(RelationType.CITES);
    /// <summary>Candidate identity of a document without its own number (DOMAIN.md §2).</summary>
    public const string SameAs = "SAME_AS";
    public const string IssuedBy = "ISSUED_BY";
    public const string SignedBy = "SIGNED_BY";
    /// <summary>Nơi nhận (recipient).</summary>
    public const string SentTo = "SENT_TO";
    /// <summary>Document → Task.</summary>
    public const string Assigns = "ASSIGNS";
    /// <summary>Task → Unit: chủ trì (lead).</summary>
    public const string Lead = "LEAD";
    /// <summary>Task → Unit: phối hợp (support).</summary>
    public const string Support = "SUPPORT";
    /// <summary>Document → Target.</summary>
    public const string HasTarget = "HAS_TARGET";

    /// <summary>Document → Document relations, in the order of the extraction contract.</summary>
    public static readonly IReadOnlyList<string> Relations =
        Enum.GetNames<RelationType>();

    /// <summary>Every edge kind: its type and the labels at both ends (one Cypher statement each).</summary>
    public static readonly IReadOnlyList<EdgeKind> Kinds =
    [
        .. Relations.Select(t => new EdgeKind(t, NodeLabel.Document, NodeLabel.Document)),
        new(SameAs, NodeLabel.Document, NodeLabel.Document),
        new(IssuedBy, NodeLabel.Document, NodeLabel.Unit),
        new(SignedBy, NodeLabel.Document, NodeLabel.Person),
        new(SentTo, NodeLabel.Document, NodeLabel.Unit),
        new(Assigns, NodeLabel.Document, NodeLabel.Task),
        new(Lead, NodeLabel.Task, NodeLabel.Unit),
        new(Support, NodeLabel.Task, NodeLabel.Unit),
        new(HasTarget, NodeLabel.Document, NodeLabel.Target),
    ];

    public static EdgeKind KindOf(string type) =>
        Kinds.FirstOrDefault(k => k.Type == type) ?? throw new ArgumentException($"unknown edge type '{type}'", nameof(type));
}

/// <summary>An edge type with the labels of its two ends.</summary>
public sealed record EdgeKind(string Type, string FromLabel, string ToLabel);
