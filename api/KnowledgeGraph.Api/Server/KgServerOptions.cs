namespace KnowledgeGraph.Api.Server;

/// <summary>Limits that protect the server from expensive or abusive requests; every one can be set in configuration (Kg:Limits:*).</summary>
public sealed record ApiLimits
{
    /// <summary>Deepest selection nesting a query may have (the introspection query of GraphiQL needs about 13).</summary>
    public int MaxDepth { get; init; } = 15;
    /// <summary>
    /// Estimated cost a query may have (introspection is free). GraphQL.NET's estimate: 1 per field, list fields multiply
    /// their children by 5; walks and searches count <see cref="CostlyFieldImpact"/>. A full document page is about 10,000.
    /// </summary>
    public int MaxComplexity { get; init; } = 50_000;
    /// <summary>
    /// How many items a nested list (relations, tasks, units) is assumed to hold. Set here because GraphQL.NET 8's
    /// own default (20, though its docs say 5) priced a page of 50 documents with their relations and tasks above
    /// <see cref="MaxComplexity"/>: the ordinary dashboard query was refused.
    /// </summary>
    public const double ListSizeEstimate = 5;
    /// <summary>Complexity of one cascade, lineage, path or search field (before its children).</summary>
    public const int CostlyFieldImpact = 100;
    /// <summary>Largest page a connection or list argument (first, limit) may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;
    /// <summary>Deepest cascade, lineage or path walk.</summary>
    public int MaxWalkDepth { get; init; } = 10;
    /// <summary>Largest request body, in bytes (an ingested document travels in it).</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;
    /// <summary>Time a request may take before it is cancelled.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Requests a client address may make per window (fixed window); 0 turns rate limiting off.</summary>
    public int RateLimitPermits { get; init; } = 600;
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>How to run the server: where it listens, where the data is, the API key and the limits.</summary>
public sealed record KgServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Listen addresses, separated by ';' ("http://127.0.0.1:0" picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;
    /// <summary>Folder of the search index.</summary>
    public required string IndexFolder { get; init; }
    /// <summary>Key that writes (the ingest mutation) must send as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>; null: writes are refused.</summary>
    public string? ApiKey { get; init; }
    /// <summary>Folder with the built web UI (index.html, graphiql/index.html); default: wwwroot beside the executable.</summary>
    public string? WebRoot { get; init; }
    public ApiLimits Limits { get; init; } = new();
    /// <summary>How often the server checks whether the store changed and warms its read structures (zero: never).</summary>
    public TimeSpan WarmInterval { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>How long the store must stay unchanged before warming (a running ingest commits every few seconds).</summary>
    public TimeSpan WarmSettle { get; init; } = TimeSpan.FromSeconds(5);
}
