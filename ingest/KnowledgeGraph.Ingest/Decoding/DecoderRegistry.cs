namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>Picks the decoder for a file by its extension and enforces the input limits.</summary>
public sealed class DecoderRegistry
{
    /// <summary>Inputs larger than this are refused before reading (a plan is rarely over 1 MB).</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Decoded texts longer than this are refused. The largest real document in the corpus is 0.6 M characters;
    /// extraction runs at a few MB/s on the corpus and far slower on dense citation or task lists
    /// (tests/benchmarks/REPORT.md), so a 50 MB dump held `kg extract` for minutes. Such a file is a
    /// concatenation of documents, not one document.
    /// </summary>
    public const int MaxTextChars = 4_000_000;

    private readonly Dictionary<string, IDocumentDecoder> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DecoderRegistry(IEnumerable<IDocumentDecoder> decoders)
    {
        foreach (var d in decoders)
            foreach (var ext in d.Extensions)
                _byExtension[ext] = d;
    }

    public static DecoderRegistry Default { get; } = new([new TextDecoder(), new DocxDecoder(), new PdfDecoder()]);

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    public bool CanDecode(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public string DecodeFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var decoder))
            throw new DecodeException(name, $"unsupported file type '{Path.GetExtension(path)}' (supported: {string.Join(", ", _byExtension.Keys.Order())})");
        var info = new FileInfo(path);
        if (!info.Exists) throw new DecodeException(name, "file not found");
        if (info.Length == 0) throw new DecodeException(name, "file is empty");
        if (info.Length > MaxInputBytes)
            throw new DecodeException(name, $"file is {info.Length / (1024.0 * 1024):0.0} MB ({info.Length} bytes), over the {MaxInputBytes / (1024 * 1024)} MB limit for one document");
        try
        {
            string text;
            using (var stream = File.OpenRead(path)) text = decoder.Decode(stream, name);
            if (text.Length > MaxTextChars)
                throw new DecodeException(name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the text is {text.Length:N0} characters, over the limit of {MaxTextChars:N0} for one document (real plans are under 1,000,000): a file this large holds many documents; split it"));
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecodeException(name, $"cannot read the file: {e.Message}");
        }
    }
}
