using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>Runs the extractors over normalised text and assembles the record.</summary>
public static class DocumentExtractor
{
    public static DocumentRecord Extract(string text, string source)
    {
        return new DocumentRecord { Source = source, Key = "src:" + source, Type = DocType.Khac };
    }
}
