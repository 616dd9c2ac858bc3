using System.Collections.Concurrent;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Runs the real extractor (<c>new ExtractionPipeline().ExtractFile(path)</c>) once per shared file per test run:
/// the seed, sample and corpus-wide tests read the same records. Failures are cached too, so every test that
/// needs a file reports the same extraction error.
/// </summary>
public static class ExtractionCache
{
    private static readonly ConcurrentDictionary<string, Lazy<(DocumentRecord? Doc, Exception? Error)>> Results = new();

    public static DocumentRecord Extract(string path)
    {
        var (doc, error) = TryExtract(path);
        if (error is not null)
            throw new InvalidOperationException($"Extraction of '{path}' failed: {error.GetType().Name}: {error.Message}", error);
        return doc!;
    }

    public static (DocumentRecord? Doc, Exception? Error) TryExtract(string path) =>
        Results.GetOrAdd(Path.GetFullPath(path), p => new Lazy<(DocumentRecord?, Exception?)>(() =>
        {
            try { return (new ExtractionPipeline().ExtractFile(p), null); }
            catch (Exception e) { return (null, e); }
        })).Value;

    /// <summary>Extraction of the shared file a truth file describes.</summary>
    public static DocumentRecord For(TruthFile truth) => Extract(EvalPaths.SharedFile(truth.Source));
}
