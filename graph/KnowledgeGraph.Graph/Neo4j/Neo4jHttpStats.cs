namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// What a client sent so far: commit requests, statements, request bytes, and the time spent in this process
/// building and serialising them and reading the answers (the rest of a load's wall time is the server's).
/// </summary>
public readonly record struct Neo4jHttpStats(int Requests, int Statements, long RequestBytes, double ClientSeconds)
{
    public static Neo4jHttpStats operator -(Neo4jHttpStats a, Neo4jHttpStats b) =>
        new(a.Requests - b.Requests, a.Statements - b.Statements, a.RequestBytes - b.RequestBytes, a.ClientSeconds - b.ClientSeconds);
}
