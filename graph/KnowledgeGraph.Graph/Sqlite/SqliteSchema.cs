using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The embedded store's tables: a property graph in two tables (nodes, edges) whose properties are the same JSON
/// both stores use, with generated columns for what queries filter on, and the document texts apart.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    /// <summary>Several recursive SELECTs in one CTE (the cascade walk) need SQLite 3.34.</summary>
    public static readonly Version MinimumSqlite = new(3, 34, 0);

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            label TEXT NOT NULL,
            key TEXT NOT NULL,
            props TEXT NOT NULL CHECK (json_valid(props)),
            doc_type TEXT GENERATED ALWAYS AS (json_extract(props, '$.type')) VIRTUAL,
            ingested INTEGER GENERATED ALWAYS AS (json_extract(props, '$.ingested')) VIRTUAL,
            code_key TEXT GENERATED ALWAYS AS (json_extract(props, '$.codeKey')) VIRTUAL,
            year INTEGER GENERATED ALWAYS AS (json_extract(props, '$.year')) VIRTUAL,
            province_key TEXT GENERATED ALWAYS AS (json_extract(props, '$.provinceKey')) VIRTUAL,
            owner TEXT GENERATED ALWAYS AS (json_extract(props, '$.document')) VIRTUAL,
            PRIMARY KEY (label, key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS nodes_code ON nodes (label, code_key);
        CREATE INDEX IF NOT EXISTS nodes_owner ON nodes (label, owner);
        CREATE TABLE IF NOT EXISTS edges (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            from_label TEXT NOT NULL,
            from_key TEXT NOT NULL,
            to_label TEXT NOT NULL,
            to_key TEXT NOT NULL,
            source TEXT NOT NULL,
            props TEXT NOT NULL CHECK (json_valid(props)),
            score REAL GENERATED ALWAYS AS (json_extract(props, '$.score')) VIRTUAL,
            rank TEXT GENERATED ALWAYS AS (json_extract(props, '$.rank')) VIRTUAL,
            UNIQUE (type, from_key, to_key, source)
        );
        CREATE INDEX IF NOT EXISTS edges_from ON edges (from_key, type);
        CREATE INDEX IF NOT EXISTS edges_to ON edges (to_key, type);
        CREATE INDEX IF NOT EXISTS edges_source ON edges (source);
        -- The selective column first: an index led by to_label let the planner (without statistics) pick it for
        -- 'to_label = Document' alone and scan every edge into a document per lookup (quadratic loads, 40 s cascades).
        DROP INDEX IF EXISTS edges_rank;
        CREATE INDEX IF NOT EXISTS edges_rank_by_key ON edges (to_key, to_label, rank);
        CREATE TABLE IF NOT EXISTS texts (key TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID;
        """;

    public static async Task EnsureAsync(SqliteConnection c, string path, CancellationToken ct)
    {
        var version = System.Version.Parse((string)(await Scalar(c, "SELECT sqlite_version()", ct))!);
        if (version < MinimumSqlite)
            throw new InvalidOperationException($"SQLite {version} is too old for {path}: the graph store needs {MinimumSqlite} or later");
        await Exec(c, "PRAGMA journal_mode=WAL;", ct);
        await Exec(c, Create, ct);
        var stored = await Scalar(c, "SELECT value FROM meta WHERE name = 'schema'", ct) as string;
        if (stored is null)
            await Exec(c, $"INSERT INTO meta (name, value) VALUES ('schema', '{Version}')", ct);
        else if (stored != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{path} holds graph schema version {stored}; this kg reads version {Version}. Re-ingest into a new --data folder.");
    }

    private static async Task Exec(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> Scalar(SqliteConnection c, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }
}
