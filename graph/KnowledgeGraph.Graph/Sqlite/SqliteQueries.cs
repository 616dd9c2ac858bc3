namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>The longer SQL of the embedded store.</summary>
internal static class SqliteQueries
{
    /// <summary>
    /// Minimum depth of every document reachable from $root within $max steps. Each recursive SELECT crosses one
    /// kind of step (see WalkSpec): against inward types, along outward types, either way along $both types
    /// scoring at least $min. UNION (not ALL) drops repeated (key, depth) rows, so cycles end at the depth limit.
    /// CROSS JOIN fixes the join order (SQLite never reorders it): the few walk rows outside, an index seek on edges
    /// inside. With a plain JOIN the planner, lacking statistics, put edges outside and scanned every edge into a
    /// document per step: 26 s instead of 0.14 s for a 200-document cascade in a 1,000-document graph.
    /// </summary>
    public const string Walk = """
        WITH RECURSIVE walk (key, depth) AS (
          SELECT $root, 0
          UNION
          SELECT e.from_key, w.depth + 1 FROM walk w CROSS JOIN edges e ON e.to_key = w.key
           WHERE w.depth < $max AND e.to_label = 'Document' AND e.from_label = 'Document'
             AND e.type IN (SELECT value FROM json_each($in))
          UNION
          SELECT e.to_key, w.depth + 1 FROM walk w CROSS JOIN edges e ON e.from_key = w.key
           WHERE w.depth < $max AND e.from_label = 'Document' AND e.to_label = 'Document'
             AND e.type IN (SELECT value FROM json_each($out))
          UNION
          SELECT e.from_key, w.depth + 1 FROM walk w CROSS JOIN edges e ON e.to_key = w.key
           WHERE w.depth < $max AND e.to_label = 'Document' AND e.from_label = 'Document'
             AND e.type IN (SELECT value FROM json_each($both)) AND e.score >= $min
          UNION
          SELECT e.to_key, w.depth + 1 FROM walk w CROSS JOIN edges e ON e.from_key = w.key
           WHERE w.depth < $max AND e.from_label = 'Document' AND e.to_label = 'Document'
             AND e.type IN (SELECT value FROM json_each($both)) AND e.score >= $min
        )
        SELECT key, min(depth) FROM walk
        WHERE EXISTS (SELECT 1 FROM nodes n WHERE n.label = 'Document' AND n.key = walk.key)
        GROUP BY key
        """;

    /// <summary>
    /// One level of the breadth-first walk: the neighbours of every key in $frontier (a JSON array) across the same
    /// four kinds of step as <see cref="Walk"/>. Driven from the frontier (CROSS JOIN), one seek on edges_to / edges_from
    /// per key and type; repeated keys are left to the caller's visited set.
    /// </summary>
    public const string WalkStep = """
        SELECT e.from_key FROM json_each($frontier) f CROSS JOIN edges e ON e.to_key = f.value
         WHERE e.type IN (SELECT value FROM json_each($in)) AND e.to_label = 'Document' AND e.from_label = 'Document'
        UNION ALL
        SELECT e.to_key FROM json_each($frontier) f CROSS JOIN edges e ON e.from_key = f.value
         WHERE e.type IN (SELECT value FROM json_each($out)) AND e.from_label = 'Document' AND e.to_label = 'Document'
        UNION ALL
        SELECT e.from_key FROM json_each($frontier) f CROSS JOIN edges e ON e.to_key = f.value
         WHERE e.type IN (SELECT value FROM json_each($both)) AND e.to_label = 'Document' AND e.from_label = 'Document' AND e.score >= $min
        UNION ALL
        SELECT e.to_key FROM json_each($frontier) f CROSS JOIN edges e ON e.from_key = f.value
         WHERE e.type IN (SELECT value FROM json_each($both)) AND e.from_label = 'Document' AND e.to_label = 'Document' AND e.score >= $min
        """;

    /// <summary>The keys of $keys (a JSON array) that are stored documents.</summary>
    public const string ExistingDocuments = """
        SELECT j.value FROM json_each($keys) j CROSS JOIN nodes n ON n.label = 'Document' AND n.key = j.value
        """;

    /// <summary>
    /// (document, ordinal, task, LEAD|SUPPORT, unit, name as the task wrote it, province) for every task of the
    /// documents in $keys, read the way <c>TaskInfo.From</c> reads them (non-text values count as absent).
    /// </summary>
    public const string TaskUnits = """
        SELECT t.owner,
               CASE WHEN json_type(t.props, '$.ordinal') IN ('integer', 'real') THEN json_extract(t.props, '$.ordinal') END,
               t.key, e.type, e.to_key,
               CASE WHEN json_type(e.props, '$.name') = 'text' THEN json_extract(e.props, '$.name') END,
               CASE WHEN json_type(e.props, '$.province') = 'text' THEN json_extract(e.props, '$.province') END
        FROM json_each($keys) j
        CROSS JOIN nodes t INDEXED BY nodes_owner ON t.label = 'Task' AND t.owner = j.value
        CROSS JOIN edges e ON e.from_key = t.key AND e.type IN ('LEAD', 'SUPPORT') AND e.from_label = 'Task'
        """;

    /// <summary>
    /// Documents by code key, optionally year and province. INDEXED BY: without statistics the planner took the
    /// primary key (label = ?) and read every document per lookup (27 ms at 10,000 documents, growing with N).
    /// </summary>
    public const string FindByCode = """
        SELECT props FROM nodes INDEXED BY nodes_code WHERE label = 'Document' AND code_key = $c
          AND ($y IS NULL OR year = $y) AND ($p IS NULL OR province_key = $p)
        """;
}
