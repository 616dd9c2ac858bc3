namespace KnowledgeGraph.Graph.Facts;

/// <summary>A document record the graph cannot take: the message names the document and the problem.</summary>
public sealed class GraphInputException(string document, string problem) : Exception($"{document}: {problem}")
{
    public string Document { get; } = document;
    public string Problem { get; } = problem;
}
