namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>How to reach Neo4j and how to batch writes to it.</summary>
public sealed record Neo4jOptions
{
    public const string DefaultUrl = "http://127.0.0.1:7474";

    /// <summary>Base URL of the HTTP endpoint; user:password@ in it is taken as basic auth.</summary>
    public required Uri Url { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }
    /// <summary>Database name for Neo4j 4+ (3.x has one database).</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Rows per UNWIND statement (bulk loading is measured at about this size).</summary>
    public int RowsPerStatement { get; init; } = 20_000;
    /// <summary>A commit holds documents until it reaches this many rows or <see cref="MaxBytesPerCommit"/>.</summary>
    public int MaxRowsPerCommit { get; init; } = 100_000;
    public long MaxBytesPerCommit { get; init; } = 48L * 1024 * 1024;

    /// <summary>Retries of a request that failed transiently (Neo.TransientError.*, 502/503/504, dropped connection).</summary>
    public int MaxRetries { get; init; } = 3;
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Options from a URL, taking credentials from it or from KG_NEO4J_USER / KG_NEO4J_PASSWORD.</summary>
    public static Neo4jOptions FromUrl(string url, string? user = null, string? password = null, string? database = null)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"--neo4j-url '{url}' is not an http:// or https:// URL (the store talks to Neo4j's HTTP endpoint, usually port 7474)");
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            user ??= Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) password ??= Uri.UnescapeDataString(parts[1]);
            uri = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        }
        return new Neo4jOptions
        {
            Url = uri,
            User = user ?? Environment.GetEnvironmentVariable("KG_NEO4J_USER"),
            Password = password ?? Environment.GetEnvironmentVariable("KG_NEO4J_PASSWORD"),
            Database = database ?? "neo4j",
        };
    }
}
