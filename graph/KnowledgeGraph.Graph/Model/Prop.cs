namespace KnowledgeGraph.Graph.Model;

/// <summary>
/// Property names on nodes and edges, shared by both stores (Neo4j properties, keys of the SQLite JSON column).
/// </summary>
public static class Prop
{
    // Every node
    public const string Key = "key";

    // Document
    public const string Code = "code";
    /// <summary>The code folded for lookup (upper case, no diacritics or spaces): <c>QD-TTG</c> finds <c>QĐ-TTg</c>.</summary>
    public const string CodeKey = "codeKey";
    public const string Type = "type";
    public const string Issuer = "issuer";
    public const string Province = "province";
    /// <summary>The province folded for lookup ("lang son").</summary>
    public const string ProvinceKey = "provinceKey";
    public const string Date = "date";
    public const string Year = "year";
    public const string Title = "title";
    public const string Signer = "signer";
    /// <summary>The input file a document was ingested from.</summary>
    public const string SourceFile = "sourceFile";
    public const string ContentHash = "contentHash";
    /// <summary>True once the document itself was ingested; false while it is only cited.</summary>
    public const string Ingested = "ingested";
    /// <summary>Full normalised text of an ingested document (Neo4j only: SQLite keeps it in its own table).</summary>
    public const string FullText = "fullText";
    /// <summary>Neo4j bookkeeping: keys of the shared nodes a document's facts touch, to find them again on replacement.</summary>
    public const string RefDocuments = "refDocuments";
    public const string RefUnits = "refUnits";
    public const string RefPersons = "refPersons";

    // Unit, Person
    public const string Name = "name";
    /// <summary>Unit and person properties taken from the best-ranked edge pointing at them.</summary>
    public static readonly IReadOnlyList<string> NamedFields = [Name, Province];
    public const string Level = "level";

    // Task, Target
    /// <summary>Key of the document that owns a task or target.</summary>
    public const string Document = "document";
    public const string Ordinal = "ordinal";
    public const string Section = "section";
    public const string Kind = "kind";
    public const string Domain = "domain";
    public const string DeadlineText = "deadlineText";
    public const string DeadlineDate = "deadlineDate";
    public const string Recurrence = "recurrence";
    public const string MonthDay = "monthDay";
    public const string RelativeDays = "relativeDays";
    /// <summary>Text of a task or target.</summary>
    public const string Text = "text";
    public const string Value = "value";
    public const string Unit = "unit";

    // Edges (evidence)
    /// <summary>Key of the document whose extraction stated the fact.</summary>
    public const string Source = "source";
    public const string Start = "start";
    public const string End = "end";
    public const string Sentence = "sentence";
    public const string Confidence = "confidence";
    public const string DecidedBy = "decidedBy";
    public const string Score = "score";
    public const string Reason = "reason";
    /// <summary>On CITES from a citation: what the citing text says of the cited document.</summary>
    public const string Subject = "subject";
    public const string ByTitle = "byTitle";

    /// <summary>
    /// On an edge into a shared node: its place in the order that picks which edge a shared node takes its
    /// properties from (lowest first). On the shared node: the rank and source of the edge it took them from.
    /// </summary>
    public const string Rank = "rank";
    public const string RankSource = "rankSource";

    /// <summary>Bookkeeping and bulk properties left out of snapshots and checksums.</summary>
    public static readonly IReadOnlySet<string> NotInSnapshot = new HashSet<string>([FullText, RefDocuments, RefUnits, RefPersons, Rank, RankSource]);

    /// <summary>Properties a cited-only document takes from the best-ranked CITES edge pointing at it (edge property → node property).</summary>
    public static readonly IReadOnlyList<(string Edge, string Node)> CitedDocumentFields =
    [
        (Code, Code), (CodeKey, CodeKey), (Type, Type), (Date, Date), (Year, Year),
        (Issuer, Issuer), (Province, Province), (ProvinceKey, ProvinceKey), (Subject, Title),
    ];
}
