namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>Turns the bytes of one input format into text. One implementation per format.</summary>
public interface IDocumentDecoder
{
    /// <summary>File extensions (lower case, with the dot) this decoder reads.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Decodes the whole input; throws <see cref="DecodeException"/> with a message naming the problem.</summary>
    string Decode(Stream input, string sourceName);
}

/// <summary>An input that cannot be turned into text: the message says which input and why.</summary>
public sealed class DecodeException(string sourceName, string problem)
    : Exception($"{sourceName}: {problem}")
{
    public string SourceName { get; } = sourceName;
    public string Problem { get; } = problem;
}
