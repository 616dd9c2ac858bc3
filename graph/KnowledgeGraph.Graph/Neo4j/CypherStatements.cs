using KnowledgeGraph.Graph.Model;
using static KnowledgeGraph.Graph.Model.NodeLabel;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// Every Cypher statement of the Neo4j store, in one place. Labels, types and property names come from the
/// schema constants; values are always parameters. The text runs unchanged on Neo4j 3.1 and 5.x ($param,
/// IS NOT NULL, no subqueries, no APOC), except the schema statements, which exist per major version.
/// Each template has a golden test (tests/.../Golden/Graph/Cypher).
/// Every lookup by key carries USING INDEX: right after a bulk load the index statistics are stale and the 3.1
/// planner then prefers an index scan per row (millions of db hits for a few hundred rows); the hint keeps it a seek.
/// </summary>
public static partial class CypherStatements
{

    /// <summary>The properties a document read returns: everything but the full text and bookkeeping.</summary>
    private static readonly string DocumentProjection =
        "{" + string.Join(", ", new[]
        {
            Prop.Key, Prop.Code, Prop.CodeKey, Prop.Type, Prop.Issuer, Prop.Province, Prop.ProvinceKey, Prop.Date,
            Prop.Year, Prop.Title, Prop.Signer, Prop.SourceFile, Prop.ContentHash, Prop.Ingested,
        }.Select(p => "." + p)) + "}";

    // ---------------------------------------------------------------- schema

    /// <summary>Unique keys and lookup indexes in the DDL of the server's major version.</summary>
    public static IReadOnlyList<CypherTemplate> Schema(int majorVersion) =>
    [
        .. All.Select(label => Constraint(majorVersion, label)),
        Index(majorVersion, Document, Prop.CodeKey),
    ];

    private static CypherTemplate Constraint(int major, string label)
    {
        var name = $"{char.ToLowerInvariant(label[0])}{label[1..]}_{Prop.Key}";
        var text = major switch
        {
            <= 3 => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{Prop.Key} IS UNIQUE",
            4 => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{Prop.Key} IS UNIQUE",
            _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{Prop.Key} IS UNIQUE",
        };
        return new($"Schema{Math.Min(Math.Max(major, 3), 5)}.Constraint.{label}", text, []);
    }

    private static CypherTemplate Index(int major, string label, string property)
    {
        var name = $"{char.ToLowerInvariant(label[0])}{label[1..]}_{property}";
        var text = major <= 3
            ? $"CREATE INDEX ON :{label}({property})"
            : $"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{property})";
        return new($"Schema{Math.Min(Math.Max(major, 3), 5)}.Index.{label}.{property}", text, []);
    }

    // ---------------------------------------------------------------- replacing documents ($keys: the documents being written)

    /// <summary>
    /// Tasks and targets belong to their document: they go with its old version. Only an ingested document has an
    /// old version: a cited-only one (ingested = false) stated nothing, so it is not expanded (a first load of a
    /// directive cited by thousands of plans would otherwise read every edge of it for nothing).
    /// </summary>
    public static readonly CypherTemplate DeleteOwnedNodes = new(nameof(DeleteOwnedNodes), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE d.{{Prop.Ingested}} = true
        MATCH (d)-[:{{EdgeType.Assigns}}|{{EdgeType.HasTarget}}]->(o)
        DETACH DELETE o
        """, ["keys"]);

    /// <summary>Edges the old version stated that touch the document itself (not other documents' edges to it); ingested documents only, as above.</summary>
    public static readonly CypherTemplate DeleteOwnEdges = new(nameof(DeleteOwnEdges), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE d.{{Prop.Ingested}} = true
        MATCH (d)-[r]-()
        WHERE r.{{Prop.Source}} = k
        WITH DISTINCT r
        DELETE r
        """, ["keys"]);

    /// <summary>Edges the old version stated between other documents (98/NQ-CP IMPLEMENTS 27-CT/TW, said by a plan).</summary>
    public static readonly CypherTemplate DeleteReferencedEdges = new(nameof(DeleteReferencedEdges), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        UNWIND coalesce(d.{{Prop.RefDocuments}}, []) AS ref
        MATCH (x:{{Document}} {{{Prop.Key}}: ref})-[r]-()
        USING INDEX x:{{Document}}({{Prop.Key}})
        WHERE r.{{Prop.Source}} = k
        WITH DISTINCT r
        DELETE r
        """, ["keys"]);

    /// <summary>Cited-only documents, units and persons the old version referred to and nothing else does.</summary>
    public static readonly CypherTemplate DeletePreviousOrphanDocuments = PreviousOrphans(Document, Prop.RefDocuments, $"x.{Prop.Ingested} = false AND ");
    public static readonly CypherTemplate DeletePreviousOrphanUnits = PreviousOrphans(Unit, Prop.RefUnits, "");
    public static readonly CypherTemplate DeletePreviousOrphanPersons = PreviousOrphans(Person, Prop.RefPersons, "");

    private static CypherTemplate PreviousOrphans(string label, string refs, string extra) => new($"DeletePreviousOrphan{label}s", $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        UNWIND coalesce(d.{{refs}}, []) AS ref
        MATCH (x:{{label}} {{{Prop.Key}}: ref})
        USING INDEX x:{{label}}({{Prop.Key}})
        WHERE {{extra}}NOT (x)--()
        WITH DISTINCT x
        DELETE x
        """, ["keys"]);

    /// <summary>
    /// Shared nodes the old version referred to and took their properties from (rankSource): now that its edges
    /// are gone, they take them from the best-ranked edge left (SharedNodeProperties). Only these need a look at
    /// their other edges; every other shared node keeps what it has.
    /// </summary>
    public static readonly CypherTemplate RefreshPreviousCitedDocuments = new(nameof(RefreshPreviousCitedDocuments), $$"""
        UNWIND $keys AS k
        MATCH (s:{{Document}} {{{Prop.Key}}: k})
        USING INDEX s:{{Document}}({{Prop.Key}})
        UNWIND coalesce(s.{{Prop.RefDocuments}}, []) AS ref
        MATCH (x:{{Document}} {{{Prop.Key}}: ref})
        USING INDEX x:{{Document}}({{Prop.Key}})
        WHERE x.{{Prop.Ingested}} = false AND x.{{Prop.RankSource}} = k
        WITH DISTINCT x
        OPTIONAL MATCH ()-[c:{{EdgeType.Cites}}]->(x)
        WHERE c.{{Prop.Rank}} IS NOT NULL
        WITH x, c ORDER BY c.{{Prop.Rank}}
        WITH x, head(collect(c)) AS best
        SET {{SetFrom("best", Prop.CitedDocumentFields)}}
        """, ["keys"]);

    public static readonly CypherTemplate RefreshPreviousUnits = RefreshPreviousNamed(Unit, Prop.RefUnits);
    public static readonly CypherTemplate RefreshPreviousPersons = RefreshPreviousNamed(Person, Prop.RefPersons);

    private static CypherTemplate RefreshPreviousNamed(string label, string refs) => new($"RefreshPrevious{label}s", $$"""
        UNWIND $keys AS k
        MATCH (s:{{Document}} {{{Prop.Key}}: k})
        USING INDEX s:{{Document}}({{Prop.Key}})
        UNWIND coalesce(s.{{refs}}, []) AS ref
        MATCH (x:{{label}} {{{Prop.Key}}: ref})
        USING INDEX x:{{label}}({{Prop.Key}})
        WHERE x.{{Prop.RankSource}} = k
        WITH DISTINCT x
        OPTIONAL MATCH ()-[r]->(x)
        WHERE r.{{Prop.Rank}} IS NOT NULL
        WITH x, r ORDER BY r.{{Prop.Rank}}
        WITH x, head(collect(r)) AS best
        SET {{SetFrom("best", Prop.NamedFields.Select(f => (f, f)).ToList())}}
        """, ["keys"]);

    /// <summary>x.node = edge.field for each field, then the edge's rank and source (all null when there is no edge).</summary>
    private static string SetFrom(string edge, IReadOnlyList<(string Edge, string Node)> fields) => string.Join(",\n    ",
        fields.Select(f => $"x.{f.Node} = {edge}.{f.Edge}")
            .Append($"x.{Prop.Rank} = {edge}.{Prop.Rank}")
            .Append($"x.{Prop.RankSource} = {edge}.{Prop.Source}"));

    // ---------------------------------------------------------------- writing ($rows: batched, UNWIND)

    /// <summary>Ingested documents: all properties replaced (a cited-only node becomes ingested, keeping its edges).</summary>
    public static readonly CypherTemplate MergeIngestedDocuments = new(nameof(MergeIngestedDocuments), $$"""
        UNWIND $rows AS row
        MERGE (d:{{Document}} {{{Prop.Key}}: row.key})
        SET d = row.props
        """, ["rows"]);

    /// <summary>Documents referred to: created as cited-only when missing; their properties come from the refresh.</summary>
    public static readonly CypherTemplate MergeReferencedDocuments = new(nameof(MergeReferencedDocuments), $$"""
        UNWIND $rows AS row
        MERGE (d:{{Document}} {{{Prop.Key}}: row.key})
        ON CREATE SET d.{{Prop.Ingested}} = false
        """, ["rows"]);

    /// <summary>Units: key and the properties the key determines (level); name and province come from the refresh.</summary>
    public static readonly CypherTemplate MergeUnits = new(nameof(MergeUnits), $$"""
        UNWIND $rows AS row
        MERGE (u:{{Unit}} {{{Prop.Key}}: row.key})
        SET u += row.props
        """, ["rows"]);

    public static readonly CypherTemplate MergePersons = new(nameof(MergePersons), $$"""
        UNWIND $rows AS row
        MERGE (p:{{Person}} {{{Prop.Key}}: row.key})
        SET p += row.props
        """, ["rows"]);

    public static readonly CypherTemplate CreateTasks = CreateOwned(NodeLabel.Task, EdgeType.Assigns);
    public static readonly CypherTemplate CreateTargets = CreateOwned(NodeLabel.Target, EdgeType.HasTarget);

    /// <summary>
    /// A task or target is created together with the edge from its document: looking up nodes created earlier in
    /// the same transaction is what makes large commits slow on 3.1, and this needs no lookup of the new node.
    /// </summary>
    private static CypherTemplate CreateOwned(string label, string edgeType) => new($"Create{label}s", $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (d:{{Document}} {{{Prop.Key}}: row.document})
        USING INDEX d:{{Document}}({{Prop.Key}})
        CREATE (d)-[r:{{edgeType}}]->(n:{{label}})
        SET n = row.props, r = row.edge
        """, ["rows"]);

    /// <summary>Edges created with their end node (<see cref="CreateTasks"/>, <see cref="CreateTargets"/>), not by <see cref="CreateEdges"/>.</summary>
    public static bool CreatedWithOwnedNode(EdgeKind kind) => kind.Type is EdgeType.Assigns or EdgeType.HasTarget;

    /// <summary>
    /// One statement per edge kind (types cannot be parameters). OPTIONAL MATCH makes a missing end node fail
    /// the CREATE, and with it the whole transaction, instead of silently dropping the edge.
    /// </summary>
    public static CypherTemplate CreateEdges(EdgeKind kind) => new($"CreateEdges.{kind.Type}", $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (a:{{kind.FromLabel}} {{{Prop.Key}}: row.from})
        USING INDEX a:{{kind.FromLabel}}({{Prop.Key}})
        OPTIONAL MATCH (b:{{kind.ToLabel}} {{{Prop.Key}}: row.to})
        USING INDEX b:{{kind.ToLabel}}({{Prop.Key}})
        CREATE (a)-[r:{{kind.Type}}]->(b)
        SET r = row.props
        """, ["rows"]);

    /// <summary>
    /// The batch's best-ranked edge into each shared node, computed by the client ($rows: key, rank, source and
    /// the properties it gives): taken when it ranks before what the node has. One comparison, no edge scan.
    /// </summary>
    public static readonly CypherTemplate ApplyCitedDocumentRanks = ApplyRanks(Document, $"x.{Prop.Ingested} = false AND ",
        Prop.CitedDocumentFields.Select(f => f.Node).ToList());
    public static readonly CypherTemplate ApplyUnitRanks = ApplyRanks(Unit, "", Prop.NamedFields);
    public static readonly CypherTemplate ApplyPersonRanks = ApplyRanks(Person, "", Prop.NamedFields);

    private static CypherTemplate ApplyRanks(string label, string extra, IReadOnlyList<string> fields) => new($"Apply{(label == Document ? "CitedDocument" : label)}Ranks", $$"""
        UNWIND $rows AS row
        MATCH (x:{{label}} {{{Prop.Key}}: row.key})
        USING INDEX x:{{label}}({{Prop.Key}})
        WHERE {{extra}}(x.{{Prop.Rank}} IS NULL OR row.rank < x.{{Prop.Rank}})
        SET {{string.Join(",\n    ", fields.Select(f => $"x.{f} = row.props.{f}").Append($"x.{Prop.Rank} = row.rank").Append($"x.{Prop.RankSource} = row.source"))}}
        """, ["rows"]);

    // ---------------------------------------------------------------- reading

    public static readonly CypherTemplate GetDocuments = new(nameof(GetDocuments), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        RETURN d {{DocumentProjection}} AS props
        """, ["keys"]);

    public static readonly CypherTemplate FindByCode = new(nameof(FindByCode), $$"""
        MATCH (d:{{Document}})
        USING INDEX d:{{Document}}({{Prop.CodeKey}})
        WHERE d.{{Prop.CodeKey}} = $codeKey
          AND ($year IS NULL OR d.{{Prop.Year}} = $year)
          AND ($provinceKey IS NULL OR d.{{Prop.ProvinceKey}} = $provinceKey)
        RETURN d {{DocumentProjection}} AS props
        """, ["codeKey", "year", "provinceKey"]);

    /// <summary>
    /// The filters of listing and counting documents. The word filters fold a property the way TextFold.Ascii does
    /// (toLower, then the replacements in $folds, see FilterWords) only when words are given, and keep a document
    /// when every word occurs in its issuer ($issuerWords) or in its code or title ($textWords).
    /// </summary>
    private static string DocumentFilter(string extra) => $$"""
        MATCH (d:{{Document}})
        WHERE ($type IS NULL OR d.{{Prop.Type}} = $type)
          AND ($provinceKey IS NULL OR d.{{Prop.ProvinceKey}} = $provinceKey)
          AND ($year IS NULL OR d.{{Prop.Year}} = $year)
          AND ($yearFrom IS NULL OR d.{{Prop.Year}} >= $yearFrom)
          AND ($yearTo IS NULL OR d.{{Prop.Year}} <= $yearTo)
          AND ($ingested IS NULL OR d.{{Prop.Ingested}} = $ingested){{extra}}
        WITH d,
          CASE WHEN size($issuerWords) = 0 THEN null ELSE reduce(s = toLower(d.{{Prop.Issuer}}), p IN $folds | replace(s, p[0], p[1])) END AS issuer,
          CASE WHEN size($textWords) = 0 THEN null ELSE reduce(s = toLower(d.{{Prop.Code}}), p IN $folds | replace(s, p[0], p[1])) END AS code,
          CASE WHEN size($textWords) = 0 THEN null ELSE reduce(s = toLower(d.{{Prop.Title}}), p IN $folds | replace(s, p[0], p[1])) END AS title
        WHERE all(w IN $issuerWords WHERE issuer CONTAINS w)
          AND all(w IN $textWords WHERE code CONTAINS w OR title CONTAINS w)
        """;

    /// <summary>The filters alone (counting), and with the page cursor (listing): both built from schema constants only.</summary>
    private static readonly string DocumentFilterPlain = DocumentFilter("").TrimEnd();
    private static readonly string DocumentFilterAfter = DocumentFilter($"\n  AND ($after IS NULL OR d.{Prop.Key} > $after)").TrimEnd();

    private static readonly string[] DocumentFilterParameters = ["type", "provinceKey", "year", "yearFrom", "yearTo", "ingested", "issuerWords", "textWords", "folds"];

    public static readonly CypherTemplate ListDocuments = new(nameof(ListDocuments), $$"""
        {{DocumentFilterAfter}}
        WITH d ORDER BY d.{{Prop.Key}} LIMIT $limit
        RETURN d {{DocumentProjection}} AS props
        """, [.. DocumentFilterParameters, "after", "limit"]);

    public static readonly CypherTemplate CountDocuments = new(nameof(CountDocuments), $$"""
        {{DocumentFilterPlain}}
        RETURN count(d) AS n
        """, DocumentFilterParameters);

    /// <summary>Chỉ tiêu (targets) of documents.</summary>
    public static readonly CypherTemplate TargetsOfDocuments = new(nameof(TargetsOfDocuments), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})-[:{{EdgeType.HasTarget}}]->(g:{{Target}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        RETURN properties(g) AS target
        """, ["keys"]);

    public static readonly CypherTemplate ListTexts = new(nameof(ListTexts), $$"""
        MATCH (d:{{Document}})
        WHERE d.{{Prop.Ingested}} = true AND ($after IS NULL OR d.{{Prop.Key}} > $after)
        WITH d ORDER BY d.{{Prop.Key}} LIMIT $limit
        RETURN d {{DocumentProjection}} AS props, d.{{Prop.FullText}} AS text
        """, ["after", "limit"]);

    public static readonly CypherTemplate GetText = new(nameof(GetText), $$"""
        MATCH (d:{{Document}} {{{Prop.Key}}: $key})
        WHERE d.{{Prop.Ingested}} = true
        RETURN d.{{Prop.FullText}} AS text
        """, ["key"]);

    /// <summary>One step of a walk (WalkSpec): the documents one crossable edge away from any of $keys.</summary>
    public static readonly CypherTemplate WalkStep = new(nameof(WalkStep), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})-[r]-(x:{{Document}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE (type(r) IN $inward AND endNode(r) = d)
           OR (type(r) IN $outward AND startNode(r) = d)
           OR (type(r) IN $both AND r.{{Prop.Score}} >= $minScore)
        RETURN DISTINCT x.{{Prop.Key}} AS key
        """, ["keys", "inward", "outward", "both", "minScore"]);

    /// <summary>
    /// The edges of the given types from any of $keys to any document; the caller keeps those whose end is in its
    /// set (not <c>b.key IN $keys</c> in the statement, which 3.1 evaluates as a scan of the list per edge: quadratic
    /// in a cascade of tens of thousands of documents, while a document's edges to documents outside a cascade are few).
    /// </summary>
    public static readonly CypherTemplate EdgesFrom = new(nameof(EdgesFrom), $$"""
        UNWIND $keys AS k
        MATCH (a:{{Document}} {{{Prop.Key}}: k})-[r]->(b:{{Document}})
        USING INDEX a:{{Document}}({{Prop.Key}})
        WHERE type(r) IN $types
        RETURN type(r) AS type, a.{{Prop.Key}} AS from, b.{{Prop.Key}} AS to, properties(r) AS props
        """, ["keys", "types"]);

    public static readonly CypherTemplate EdgesAround = new(nameof(EdgesAround), $$"""
        MATCH (d:{{Document}} {{{Prop.Key}}: $key})-[r]-(:{{Document}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE type(r) IN $types
        RETURN type(r) AS type, startNode(r).{{Prop.Key}} AS from, endNode(r).{{Prop.Key}} AS to, properties(r) AS props
        """, ["key", "types"]);

    /// <summary>EdgesAround for many documents in one statement; an edge between two of them comes back once.</summary>
    public static readonly CypherTemplate EdgesAroundMany = new(nameof(EdgesAroundMany), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})-[r]-(:{{Document}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE type(r) IN $types
        WITH DISTINCT r
        RETURN type(r) AS type, startNode(r).{{Prop.Key}} AS from, endNode(r).{{Prop.Key}} AS to, properties(r) AS props
        """, ["keys", "types"]);

    public static readonly CypherTemplate GetTexts = new(nameof(GetTexts), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        USING INDEX d:{{Document}}({{Prop.Key}})
        WHERE d.{{Prop.Ingested}} = true
        RETURN d.{{Prop.Key}} AS key, d.{{Prop.FullText}} AS text
        """, ["keys"]);

    public static readonly CypherTemplate TasksOfDocuments = new(nameof(TasksOfDocuments), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})-[:{{EdgeType.Assigns}}]->(t:{{NodeLabel.Task}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        OPTIONAL MATCH (t)-[r:{{EdgeType.Lead}}|{{EdgeType.Support}}]->(u:{{Unit}})
        RETURN properties(t) AS task, collect([type(r), u.{{Prop.Key}}, properties(r)]) AS units
        """, ["keys"]);

    public static readonly CypherTemplate TasksNamingUnit = new(nameof(TasksNamingUnit), $$"""
        MATCH (x:{{Unit}} {{{Prop.Key}}: $unitKey})<-[:{{EdgeType.Lead}}|{{EdgeType.Support}}]-(t:{{NodeLabel.Task}})
        USING INDEX x:{{Unit}}({{Prop.Key}})
        WITH DISTINCT t
        OPTIONAL MATCH (t)-[r:{{EdgeType.Lead}}|{{EdgeType.Support}}]->(u:{{Unit}})
        RETURN properties(t) AS task, collect([type(r), u.{{Prop.Key}}, properties(r)]) AS units
        """, ["unitKey"]);

    public static readonly CypherTemplate GetUnits = new(nameof(GetUnits), $$"""
        UNWIND $keys AS k
        MATCH (u:{{Unit}} {{{Prop.Key}}: k})
        USING INDEX u:{{Unit}}({{Prop.Key}})
        RETURN properties(u) AS props
        """, ["keys"]);

    public static readonly CypherTemplate CountNodesByLabel = new(nameof(CountNodesByLabel), """
        MATCH (n)
        RETURN labels(n)[0] AS label, count(*) AS n
        """, []);

    public static readonly CypherTemplate CountEdgesByType = new(nameof(CountEdgesByType), """
        MATCH ()-[r]->()
        RETURN type(r) AS type, count(*) AS n
        """, []);

    public static readonly CypherTemplate CountDocumentsByIngested = new(nameof(CountDocumentsByIngested), $$"""
        MATCH (d:{{Document}})
        RETURN d.{{Prop.Ingested}} AS ingested, count(*) AS n
        """, []);

    public static readonly CypherTemplate SnapshotNodes = new(nameof(SnapshotNodes), $$"""
        MATCH (n)
        RETURN labels(n)[0] AS label, n.{{Prop.Key}} AS key, properties(n) AS props
        """, []);

    public static readonly CypherTemplate SnapshotEdges = new(nameof(SnapshotEdges), $$"""
        MATCH (a)-[r]->(b)
        RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.{{Prop.Key}} AS from, labels(b)[0] AS toLabel, b.{{Prop.Key}} AS to, properties(r) AS props
        """, []);

    /// <summary>Deletes up to $limit nodes with their edges; repeated until it deletes none (keeps transactions small).</summary>
    public static readonly CypherTemplate DeleteSomeNodes = new(nameof(DeleteSomeNodes), """
        MATCH (n)
        WITH n LIMIT $limit
        DETACH DELETE n
        RETURN count(*) AS deleted
        """, ["limit"]);

    /// <summary>Every template, for the golden tests (schema for each supported major version).</summary>
    public static IReadOnlyList<CypherTemplate> AllTemplates =>
    [
        .. Schema(3), .. Schema(4), .. Schema(5),
        DeleteOwnedNodes, DeleteOwnEdges, DeleteReferencedEdges,
        DeletePreviousOrphanDocuments, DeletePreviousOrphanUnits, DeletePreviousOrphanPersons,
        RefreshPreviousCitedDocuments, RefreshPreviousUnits, RefreshPreviousPersons,
        MergeIngestedDocuments, MergeReferencedDocuments, MergeUnits, MergePersons, CreateTasks, CreateTargets,
        .. EdgeType.Kinds.Where(k => !CreatedWithOwnedNode(k)).Select(CreateEdges),
        ApplyCitedDocumentRanks, ApplyUnitRanks, ApplyPersonRanks,
        GetDocuments, FindByCode, ListDocuments, CountDocuments, ListTexts, GetText, GetTexts, WalkStep, EdgesFrom, EdgesAround, EdgesAroundMany,
        TasksOfDocuments, TasksNamingUnit, GetUnits,
        TargetsOfDocuments,
        CountNodesByLabel, CountEdgesByType, CountDocumentsByIngested, SnapshotNodes, SnapshotEdges, DeleteSomeNodes,
    ];
}
