using System.Text;

namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>Plain text and Markdown, strict UTF-8 (with or without BOM).</summary>
public sealed class TextDecoder : IDocumentDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md"];

    public string Decode(Stream input, string sourceName)
    {
        using var ms = new MemoryStream();
        input.CopyTo(ms);
        var bytes = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        if (bytes.IndexOf((byte)0) >= 0)
            throw new DecodeException(sourceName, "binary content (NUL bytes): not a text document");
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new DecodeException(sourceName, $"invalid UTF-8 at byte {e.Index}: the text must be UTF-8");
        }
    }
}
