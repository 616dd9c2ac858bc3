using KnowledgeGraph.Graph.Model;
using static KnowledgeGraph.Graph.Model.NodeLabel;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// Every Cypher statement of the Neo4j store, in one place. Labels, types and property names come from the
/// schema constants; values are always parameters. The text runs unchanged on Neo4j 3.1 and 5.x ($param,
/// IS NOT NULL, no subqueries, no APOC), except the schema statements, which exist per major version.
/// Each template has a golden test (tests/.../Golden/Graph/Cypher).
/// </summary>
public static class CypherStatements
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

    /// <summary>Tasks and targets belong to their document: they go with its old version.</summary>
    public static readonly CypherTemplate DeleteOwnedNodes = new(nameof(DeleteOwnedNodes), $$"""
        UNWIND $keys AS k
        MATCH (:{{Document}} {{{Prop.Key}}: k})-[:{{EdgeType.Assigns}}|{{EdgeType.HasTarget}}]->(o)
        DETACH DELETE o
        """, ["keys"]);

    /// <summary>Edges the old version stated that touch the document itself (not other documents' edges to it).</summary>
    public static readonly CypherTemplate DeleteOwnEdges = new(nameof(DeleteOwnEdges), $$"""
        UNWIND $keys AS k
        MATCH (:{{Document}} {{{Prop.Key}}: k})-[r]-()
        WHERE r.{{Prop.Source}} = k
        WITH DISTINCT r
        DELETE r
        """, ["keys"]);

    /// <summary>Edges the old version stated between other documents (98/NQ-CP IMPLEMENTS 27-CT/TW, said by a plan).</summary>
    public static readonly CypherTemplate DeleteReferencedEdges = new(nameof(DeleteReferencedEdges), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        UNWIND coalesce(d.{{Prop.RefDocuments}}, []) AS ref
        MATCH (:{{Document}} {{{Prop.Key}}: ref})-[r]-()
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
        UNWIND coalesce(d.{{refs}}, []) AS ref
        MATCH (x:{{label}} {{{Prop.Key}}: ref})
        WHERE {{extra}}NOT (x)--()
        WITH DISTINCT x
        DELETE x
        """, ["keys"]);

    /// <summary>Re-derive shared nodes the old version referred to, now that its edges are gone.</summary>
    public static readonly CypherTemplate RefreshPreviousCitedDocuments = new(nameof(RefreshPreviousCitedDocuments), $$"""
        UNWIND $keys AS k
        MATCH (s:{{Document}} {{{Prop.Key}}: k})
        UNWIND coalesce(s.{{Prop.RefDocuments}}, []) AS ref
        MATCH (d:{{Document}} {{{Prop.Key}}: ref})
        WHERE d.{{Prop.Ingested}} = false
        WITH DISTINCT d
        {{RefreshCitedTail}}
        """, ["keys"]);

    public static readonly CypherTemplate RefreshPreviousUnits = RefreshPreviousNamed(Unit, Prop.RefUnits);
    public static readonly CypherTemplate RefreshPreviousPersons = RefreshPreviousNamed(Person, Prop.RefPersons);

    private static CypherTemplate RefreshPreviousNamed(string label, string refs) => new($"RefreshPrevious{label}s", $$"""
        UNWIND $keys AS k
        MATCH (s:{{Document}} {{{Prop.Key}}: k})
        UNWIND coalesce(s.{{refs}}, []) AS ref
        MATCH (u:{{label}} {{{Prop.Key}}: ref})
        WITH DISTINCT u
        {{RefreshNamedTail}}
        """, ["keys"]);

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

    public static readonly CypherTemplate CreateTasks = CreateOwned(NodeLabel.Task);
    public static readonly CypherTemplate CreateTargets = CreateOwned(NodeLabel.Target);

    private static CypherTemplate CreateOwned(string label) => new($"Create{label}s", $$"""
        UNWIND $rows AS row
        CREATE (n:{{label}})
        SET n = row.props
        """, ["rows"]);

    /// <summary>
    /// One statement per edge kind (types cannot be parameters). OPTIONAL MATCH makes a missing end node fail
    /// the CREATE, and with it the whole transaction, instead of silently dropping the edge.
    /// </summary>
    public static CypherTemplate CreateEdges(EdgeKind kind) => new($"CreateEdges.{kind.Type}", $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (a:{{kind.FromLabel}} {{{Prop.Key}}: row.from})
        OPTIONAL MATCH (b:{{kind.ToLabel}} {{{Prop.Key}}: row.to})
        CREATE (a)-[r:{{kind.Type}}]->(b)
        SET r = row.props
        """, ["rows"]);

    /// <summary>Re-derive cited-only documents written to now ($keys: their keys).</summary>
    public static readonly CypherTemplate RefreshCitedDocuments = new(nameof(RefreshCitedDocuments), $$"""
        UNWIND $keys AS ref
        MATCH (d:{{Document}} {{{Prop.Key}}: ref})
        WHERE d.{{Prop.Ingested}} = false
        WITH DISTINCT d
        {{RefreshCitedTail}}
        """, ["keys"]);

    public static readonly CypherTemplate RefreshUnits = RefreshNamed(Unit);
    public static readonly CypherTemplate RefreshPersons = RefreshNamed(Person);

    private static CypherTemplate RefreshNamed(string label) => new($"Refresh{label}s", $$"""
        UNWIND $keys AS ref
        MATCH (u:{{label}} {{{Prop.Key}}: ref})
        WITH DISTINCT u
        {{RefreshNamedTail}}
        """, ["keys"]);

    /// <summary>SharedNodeProperties.CitedDocument in Cypher: each field from the first CITES edge, by (source, citing key), that has it.</summary>
    private static string RefreshCitedTail => $"""
        OPTIONAL MATCH (a:{Document})-[c:{EdgeType.Cites}]->(d)
        WITH d, a, c ORDER BY c.{Prop.Source}, a.{Prop.Key}
        WITH d, collect(c) AS cs
        SET {string.Join(",\n    ", Prop.CitedDocumentFields.Select(f => $"d.{f.Node} = head([x IN cs WHERE x.{f.Edge} IS NOT NULL | x.{f.Edge}])"))}
        """;

    /// <summary>SharedNodeProperties.Named in Cypher: name and province of the first incoming edge by (name, province, source, from key).</summary>
    private static string RefreshNamedTail => $$"""
        OPTIONAL MATCH (a)-[r]->(u)
        WITH u, a, r ORDER BY r.{{Prop.Name}}, r.{{Prop.Province}}, r.{{Prop.Source}}, a.{{Prop.Key}}
        WITH u, head([x IN collect(r) WHERE x.{{Prop.Name}} IS NOT NULL]) AS first
        SET u.{{Prop.Name}} = first.{{Prop.Name}}, u.{{Prop.Province}} = first.{{Prop.Province}}
        """;

    // ---------------------------------------------------------------- reading

    public static readonly CypherTemplate GetDocuments = new(nameof(GetDocuments), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})
        RETURN d {{DocumentProjection}} AS props
        """, ["keys"]);

    public static readonly CypherTemplate FindByCode = new(nameof(FindByCode), $$"""
        MATCH (d:{{Document}})
        WHERE d.{{Prop.CodeKey}} = $codeKey
          AND ($year IS NULL OR d.{{Prop.Year}} = $year)
          AND ($provinceKey IS NULL OR d.{{Prop.ProvinceKey}} = $provinceKey)
        RETURN d {{DocumentProjection}} AS props
        """, ["codeKey", "year", "provinceKey"]);

    public static readonly CypherTemplate ListDocuments = new(nameof(ListDocuments), $$"""
        MATCH (d:{{Document}})
        WHERE ($after IS NULL OR d.{{Prop.Key}} > $after)
          AND ($type IS NULL OR d.{{Prop.Type}} = $type)
          AND ($provinceKey IS NULL OR d.{{Prop.ProvinceKey}} = $provinceKey)
          AND ($year IS NULL OR d.{{Prop.Year}} = $year)
          AND ($ingested IS NULL OR d.{{Prop.Ingested}} = $ingested)
        WITH d ORDER BY d.{{Prop.Key}} LIMIT $limit
        RETURN d {{DocumentProjection}} AS props
        """, ["after", "type", "provinceKey", "year", "ingested", "limit"]);

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
        WHERE (type(r) IN $inward AND endNode(r) = d)
           OR (type(r) IN $outward AND startNode(r) = d)
           OR (type(r) IN $both AND r.{{Prop.Score}} >= $minScore)
        RETURN DISTINCT x.{{Prop.Key}} AS key
        """, ["keys", "inward", "outward", "both", "minScore"]);

    public static readonly CypherTemplate EdgesAmong = new(nameof(EdgesAmong), $$"""
        UNWIND $keys AS k
        MATCH (a:{{Document}} {{{Prop.Key}}: k})-[r]->(b:{{Document}})
        WHERE type(r) IN $types AND b.{{Prop.Key}} IN $keys
        RETURN type(r) AS type, a.{{Prop.Key}} AS from, b.{{Prop.Key}} AS to, properties(r) AS props
        """, ["keys", "types"]);

    public static readonly CypherTemplate EdgesAround = new(nameof(EdgesAround), $$"""
        MATCH (d:{{Document}} {{{Prop.Key}}: $key})-[r]-(:{{Document}})
        WHERE type(r) IN $types
        RETURN type(r) AS type, startNode(r).{{Prop.Key}} AS from, endNode(r).{{Prop.Key}} AS to, properties(r) AS props
        """, ["key", "types"]);

    public static readonly CypherTemplate TasksOfDocuments = new(nameof(TasksOfDocuments), $$"""
        UNWIND $keys AS k
        MATCH (:{{Document}} {{{Prop.Key}}: k})-[:{{EdgeType.Assigns}}]->(t:{{NodeLabel.Task}})
        OPTIONAL MATCH (t)-[r:{{EdgeType.Lead}}|{{EdgeType.Support}}]->(u:{{Unit}})
        RETURN properties(t) AS task, collect([type(r), u.{{Prop.Key}}, properties(r)]) AS units
        """, ["keys"]);

    public static readonly CypherTemplate TasksNamingUnit = new(nameof(TasksNamingUnit), $$"""
        MATCH (:{{Unit}} {{{Prop.Key}}: $unitKey})<-[:{{EdgeType.Lead}}|{{EdgeType.Support}}]-(t:{{NodeLabel.Task}})
        WITH DISTINCT t
        OPTIONAL MATCH (t)-[r:{{EdgeType.Lead}}|{{EdgeType.Support}}]->(u:{{Unit}})
        RETURN properties(t) AS task, collect([type(r), u.{{Prop.Key}}, properties(r)]) AS units
        """, ["unitKey"]);

    public static readonly CypherTemplate GetUnits = new(nameof(GetUnits), $$"""
        UNWIND $keys AS k
        MATCH (u:{{Unit}} {{{Prop.Key}}: k})
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
        .. EdgeType.Kinds.Select(CreateEdges),
        RefreshCitedDocuments, RefreshUnits, RefreshPersons,
        GetDocuments, FindByCode, ListDocuments, ListTexts, GetText, WalkStep, EdgesAmong, EdgesAround,
        TasksOfDocuments, TasksNamingUnit, GetUnits,
        CountNodesByLabel, CountEdgesByType, CountDocumentsByIngested, SnapshotNodes, SnapshotEdges, DeleteSomeNodes,
    ];
}
