namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>Picks the decoder for a file by its extension and enforces the input limits.</summary>
public sealed class DecoderRegistry
{
    /// <summary>Inputs larger than this are refused before reading (a plan is rarely over 1 MB).</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

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
            using var stream = File.OpenRead(path);
            return decoder.Decode(stream, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecodeException(name, $"cannot read the file: {e.Message}");
        }
    }
}
