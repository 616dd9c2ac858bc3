using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// decode → normalise → extract (header, citations, relations, tasks, targets) → resolve keys.
/// Each step is a class of its own, testable alone; this class only wires them.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly DecoderRegistry _decoders;
    private readonly IRelationClassifier? _relations;
    private readonly ITaskDomainClassifier? _domains;

    /// <param name="relations">Model hook for relation types after the rules (null: rules only).</param>
    /// <param name="domains">Model hook for task domains (null: tasks carry no domain).</param>
    public ExtractionPipeline(DecoderRegistry? decoders = null, IRelationClassifier? relations = null, ITaskDomainClassifier? domains = null)
    {
        _decoders = decoders ?? DecoderRegistry.Default;
        _relations = relations;
        _domains = domains;
    }

    /// <summary>Extracts every file under the given paths; failures become errors, the others still come out.</summary>
    public ExtractionResult ExtractPaths(IEnumerable<string> paths)
    {
        var docs = new List<DocumentRecord>();
        var errors = new List<ExtractionError>();
        foreach (var file in ExpandPaths(paths, errors))
        {
            try { docs.Add(ExtractFile(file)); }
            catch (DecodeException e) { errors.Add(new ExtractionError(e.SourceName, e.Problem)); }
        }
        return new ExtractionResult(Extraction.SameAsMatcher.Link(docs), errors);
    }

    /// <summary>Files named directly, and the supported files below named folders (recursive, sorted).</summary>
    public IEnumerable<string> ExpandPaths(IEnumerable<string> paths, List<ExtractionError> errors)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                             .Where(f => _decoders.CanDecode(f) && !IsFolderReadme(f)).Order(StringComparer.Ordinal))
                    yield return f;
            }
            else if (File.Exists(p)) yield return p;
            else errors.Add(new ExtractionError(p, "no such file or folder"));
        }
    }

    /// <summary>A README.md in a folder describes the folder; it is not a document. Named directly, it is extracted.</summary>
    private static bool IsFolderReadme(string path) => Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    public DocumentRecord ExtractFile(string path)
    {
        var text = _decoders.DecodeFile(path);
        return Extract(text, Path.GetFileName(path));
    }

    public DocumentRecord Extract(string rawText, string source)
    {
        var text = TextNormalizer.Normalize(rawText);
        if (string.IsNullOrWhiteSpace(text))
            throw new DecodeException(source, "no text after normalisation (empty, or only whitespace)");
        return WithModels(DocumentExtractor.Extract(text, source) with { ContentHash = Hash(text), Text = text });
    }

    /// <summary>
    /// Extraction of text this pipeline normalised before (the text a store keeps): it is not normalised again,
    /// since normalising twice may join lines the first pass kept apart, so that the record equals the one made
    /// at ingest.
    /// </summary>
    public DocumentRecord ExtractNormalized(string normalizedText, string source)
    {
        if (string.IsNullOrWhiteSpace(normalizedText))
            throw new DecodeException(source, "no text (empty, or only whitespace)");
        return WithModels(DocumentExtractor.Extract(normalizedText, source) with { ContentHash = Hash(normalizedText), Text = normalizedText });
    }

    /// <summary>The optional model hooks, after the rules: relation types re-read, task domains set.</summary>
    private DocumentRecord WithModels(DocumentRecord doc)
    {
        if (_relations is not null) doc = doc with { Relations = _relations.Classify(doc) };
        if (_domains is not null) doc = doc with { Tasks = doc.Tasks.Select(t => t with { Domain = _domains.Classify(t) }).ToList() };
        return doc;
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
