namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>Neo4j answered with an error (from the "errors" of the response, or an HTTP status).</summary>
public class Neo4jException(string code, string message, string? statement = null)
    : Exception(statement is null ? $"Neo4j error {code}: {message}" : $"Neo4j error {code} in {statement}: {message}")
{
    public string Code { get; } = code;
    public string? Statement { get; } = statement;
    /// <summary>Worth retrying: Neo4j says so (Neo.TransientError.*), or the server was briefly unavailable.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Code is "HTTP.502" or "HTTP.503" or "HTTP.504";
}

/// <summary>Neo4j could not be reached at all (refused, unknown host, timeout).</summary>
public sealed class Neo4jUnavailableException(Uri url, string problem, Exception? inner = null)
    : Exception($"Neo4j at {url} is unreachable: {problem}. Is it running? Start it, or pass the right --neo4j-url.", inner)
{
    public Uri Url { get; } = url;
}
