using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Corpus;

/// <summary>What a generation run wrote.</summary>
public sealed record CorpusSummary(int Documents, long Bytes, long Characters, string Folder, string TruthFile);

/// <summary>
/// A seeded synthetic corpus: documents 0..N-1, each composed from (seed, index) alone, written one at a time
/// with its ground truth appended to truth.jsonl; the same seed and size give the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    public const string TruthFileName = "truth.jsonl";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly CorpusPlan _plan;
    private readonly DocumentComposer _composer;

    public CorpusGenerator(int documents, int seed = 1)
    {
        _plan = new CorpusPlan(documents);
        _composer = new DocumentComposer(_plan, seed);
        Seed = seed;
    }

    public int Seed { get; }
    public int Count => _plan.Count;
    public CorpusPlan Plan => _plan;

    /// <summary>The documents in index order, composed lazily: only the current one is in memory.</summary>
    public IEnumerable<GeneratedDocument> Documents()
    {
        for (var i = 0; i < _plan.Count; i++) yield return _composer.Compose(i);
    }

    public GeneratedDocument Document(int index) => _composer.Compose(index);

    /// <summary>Writes every document under <paramref name="folder"/> (subfolders of 1,000) and truth.jsonl beside them.</summary>
    public CorpusSummary WriteTo(string folder, IProgress<int>? progress = null)
    {
        Directory.CreateDirectory(folder);
        var truthPath = Path.Combine(folder, TruthFileName);
        long bytes = 0, chars = 0;
        var utf8 = new UTF8Encoding(false);
        using var truth = new StreamWriter(truthPath, false, utf8);
        foreach (var d in Documents())
        {
            var path = Path.Combine(folder, d.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var data = utf8.GetBytes(d.Text);
            File.WriteAllBytes(path, data);
            bytes += data.Length;
            chars += d.Text.Length;
            truth.Write(JsonSerializer.Serialize(d.Truth, Json));
            truth.Write('\n');
            progress?.Report(d.Truth.Chars);
        }
        return new CorpusSummary(_plan.Count, bytes, chars, folder, truthPath);
    }

    /// <summary>Reads truth.jsonl back one line at a time.</summary>
    public static IEnumerable<GroundTruth> ReadTruth(string truthFile)
    {
        if (!File.Exists(truthFile)) throw new FileNotFoundException($"{truthFile}: no ground truth file (generate the corpus first)", truthFile);
        foreach (var line in File.ReadLines(truthFile))
            if (line.Length > 0)
                yield return JsonSerializer.Deserialize<GroundTruth>(line, Json)
                    ?? throw new InvalidDataException($"{truthFile}: a line that is not a ground-truth record");
    }
}
