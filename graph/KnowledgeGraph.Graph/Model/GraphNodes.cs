using KnowledgeGraph.Graph.Facts;

namespace KnowledgeGraph.Graph.Model;

/// <summary>Văn bản (document) as stored: ingested, or known only from citations (<see cref="Ingested"/> false).</summary>
public sealed record DocumentNode
{
    public required string Key { get; init; }
    public string? Code { get; init; }
    public string? Type { get; init; }
    public string? Issuer { get; init; }
    public string? Province { get; init; }
    public string? Date { get; init; }
    public int? Year { get; init; }
    public string? Title { get; init; }
    public string? Signer { get; init; }
    public bool Ingested { get; init; }
    /// <summary>The input file of an ingested document.</summary>
    public string? SourceFile { get; init; }
    public string? ContentHash { get; init; }

    public static DocumentNode From(PropertyBag p) => new()
    {
        Key = p.GetString(Prop.Key) ?? throw new InvalidOperationException("document node without key"),
        Code = p.GetString(Prop.Code),
        Type = p.GetString(Prop.Type),
        Issuer = p.GetString(Prop.Issuer),
        Province = p.GetString(Prop.Province),
        Date = p.GetString(Prop.Date),
        Year = p.GetInt(Prop.Year),
        Title = p.GetString(Prop.Title),
        Signer = p.GetString(Prop.Signer),
        Ingested = p.GetBool(Prop.Ingested) ?? false,
        SourceFile = p.GetString(Prop.SourceFile),
        ContentHash = p.GetString(Prop.ContentHash),
    };
}

/// <summary>Cơ quan, đơn vị (unit). <see cref="Name"/> is one spelling as written; the key is normalised.</summary>
public sealed record UnitNode(string Key, string? Name, string? Province, string? Level)
{
    public static UnitNode From(PropertyBag p) =>
        new(p.GetString(Prop.Key)!, p.GetString(Prop.Name), p.GetString(Prop.Province), p.GetString(Prop.Level));
}

/// <summary>A unit as one task names it: its key, and the name and province as the document wrote them.</summary>
public sealed record UnitRef(string Key, string Name, string? Province);

/// <summary>One unit a task names (<see cref="Lead"/>: chủ trì, else phối hợp), with the task's document and ordinal: what coverage reads instead of whole tasks.</summary>
public sealed record TaskUnit(string Document, int Ordinal, string Task, bool Lead, UnitRef Unit);

/// <summary>Thời hạn (deadline): the words, and what could be read from them.</summary>
public sealed record DeadlineInfo(string Text, string? Date, string? Recurrence, string? MonthDay, int? RelativeDays);

/// <summary>Nhiệm vụ (task) of a document, with its lead (chủ trì) and supporting (phối hợp) units.</summary>
public sealed record TaskInfo
{
    public required string Key { get; init; }
    public required string Document { get; init; }
    public int Ordinal { get; init; }
    public required string Text { get; init; }
    public string? Section { get; init; }
    public string? Kind { get; init; }
    public string? Domain { get; init; }
    public DeadlineInfo? Deadline { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public IReadOnlyList<UnitRef> Lead { get; init; } = [];
    public IReadOnlyList<UnitRef> Support { get; init; } = [];

    /// <summary>A task from its node properties and its LEAD / SUPPORT edges (type, unit key, edge properties).</summary>
    public static TaskInfo From(PropertyBag p, IEnumerable<(string Type, string UnitKey, PropertyBag Edge)> units)
    {
        var list = units.ToList();
        IReadOnlyList<UnitRef> Refs(string type) => list
            .Where(u => u.Type == type)
            .Select(u => new UnitRef(u.UnitKey, u.Edge.GetString(Prop.Name) ?? u.UnitKey, u.Edge.GetString(Prop.Province)))
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .ToList();
        var deadlineText = p.GetString(Prop.DeadlineText);
        return new TaskInfo
        {
            Key = p.GetString(Prop.Key)!,
            Document = p.GetString(Prop.Document)!,
            Ordinal = p.GetInt(Prop.Ordinal) ?? 0,
            Text = p.GetString(Prop.Text) ?? "",
            Section = p.GetString(Prop.Section),
            Kind = p.GetString(Prop.Kind),
            Domain = p.GetString(Prop.Domain),
            Deadline = deadlineText is null ? null : new DeadlineInfo(deadlineText, p.GetString(Prop.DeadlineDate),
                p.GetString(Prop.Recurrence), p.GetString(Prop.MonthDay), p.GetInt(Prop.RelativeDays)),
            Start = p.GetInt(Prop.Start),
            End = p.GetInt(Prop.End),
            Lead = Refs(EdgeType.Lead),
            Support = Refs(EdgeType.Support),
        };
    }
}

/// <summary>Where an edge comes from: the document whose text states it, the span and sentence, and who decided.</summary>
public sealed record EdgeEvidence(string Source, int? Start, int? End, string? Sentence, double? Confidence, string? DecidedBy);

/// <summary>A Document → Document edge (relation or SAME_AS) with its evidence.</summary>
public sealed record GraphEdge(string From, string To, string Type, EdgeEvidence Evidence, double? Score = null, string? Reason = null)
{
    public static GraphEdge Create(string type, string from, string to, PropertyBag p) => new(
        from, to, type,
        new EdgeEvidence(p.GetString(Prop.Source) ?? "", p.GetInt(Prop.Start), p.GetInt(Prop.End), p.GetString(Prop.Sentence),
            p.GetDouble(Prop.Confidence), p.GetString(Prop.DecidedBy)),
        p.GetDouble(Prop.Score), p.GetString(Prop.Reason));

    /// <summary>Stable order for results: from, to, type, source.</summary>
    public static readonly IComparer<GraphEdge> Order = Comparer<GraphEdge>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.From, b.From);
        if (c == 0) c = string.CompareOrdinal(a.To, b.To);
        if (c == 0) c = string.CompareOrdinal(a.Type, b.Type);
        if (c == 0) c = string.CompareOrdinal(a.Evidence.Source, b.Evidence.Source);
        return c;
    });
}
