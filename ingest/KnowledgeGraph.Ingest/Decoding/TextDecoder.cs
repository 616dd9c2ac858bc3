using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>
/// Plain text and Markdown. UTF-8 (with or without BOM) is read strictly; UTF-16 and UTF-32 are read when a
/// byte-order mark says so. Anything else is refused with the reason: binary content, or invalid UTF-8 with
/// the byte offset and line of the first bad sequence. Legacy Vietnamese encodings (Windows-1258, TCVN3/ABC,
/// VNI) and Windows-1252 are not guessed: they share byte ranges, so a wrong guess silently corrupts
/// diacritics, which is worse than asking for the file to be converted.
/// </summary>
public sealed class TextDecoder : IDocumentDecoder
{
    /// <summary>Share of control characters above which content is taken for binary (text has almost none).</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>The binary check looks at this many leading bytes: enough to judge, cheap on 50 MB inputs.</summary>
    private const int SniffBytes = 64 * 1024;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md"];

    public string Decode(Stream input, string sourceName)
    {
        var bytes = ReadAll(input);
        var span = bytes.Span;
        if (span.Length == 0) throw new DecodeException(sourceName, "file is empty");

        if (ByteOrderMark.Detect(span) is { } bom)
            return DecodeWithBom(span[bom.Length..], bom, sourceName);

        if (FileSignature.Identify(span) is { } kind)
            throw new DecodeException(sourceName, $"binary content: this is {kind}, not a text document");
        RejectBinary(span, sourceName);
        return DecodeUtf8(span, sourceName);
    }

    private static ReadOnlyMemory<byte> ReadAll(Stream input)
    {
        if (input is MemoryStream known && known.TryGetBuffer(out var segment))
            return segment.AsMemory((int)known.Position);
        var ms = input.CanSeek ? new MemoryStream((int)Math.Min(input.Length - input.Position, int.MaxValue)) : new MemoryStream();
        input.CopyTo(ms);
        return ms.GetBuffer().AsMemory(0, (int)ms.Length);
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var hint = LooksLikeUtf16WithoutBom(bytes)
                ? "it looks like UTF-16 without a byte-order mark; save it as UTF-8"
                : "not a text document";
            throw new DecodeException(sourceName, $"binary content (NUL byte at offset {nul}): {hint}");
        }
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C) || b == 0x7F)
                control++;
        if (control > Math.Max(4, sample.Length * MaxControlShare))
            throw new DecodeException(sourceName,
                $"binary content ({control} control characters in the first {sample.Length} bytes): not a text document");
    }

    /// <summary>NUL in most odd (or most even) positions of the start: ASCII text stored as UTF-16.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 8) return false;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        var pairs = n / 2;
        return Math.Max(evenNul, oddNul) > pairs * 0.6 && Math.Min(evenNul, oddNul) < pairs * 0.05;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string sourceName)
    {
        // The valid case (nearly all inputs) validates vectorised and allocates only the string.
        if (Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        var chars = new char[bytes.Length]; // UTF-8 never yields more UTF-16 units than bytes
        Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        var line = 1 + bytes[..read].Count((byte)'\n');
        var bad = Convert.ToHexString(bytes.Slice(read, Math.Min(4, bytes.Length - read))).ToLowerInvariant();
        var where = $"invalid UTF-8 at byte {read} (line {line}, bytes 0x{bad})";
        var validMultiByteBefore = bytes[..read].IndexOfAnyInRange((byte)0xC2, (byte)0xF4) >= 0;
        var hint = EndsInsideCharacter(bytes[read..])
            ? "the file ends inside a character (truncated?)"
            : validMultiByteBefore
                ? "the file mixes UTF-8 with another encoding (Windows-1258/1252, TCVN3 or VNI?); convert it all to UTF-8"
                : "the text is in a legacy encoding (Windows-1258/1252, TCVN3 or VNI?); convert it to UTF-8";
        throw new DecodeException(sourceName, $"{where}: {hint}");
    }

    /// <summary>A lead byte whose continuation bytes run past the end of the file.</summary>
    private static bool EndsInsideCharacter(ReadOnlySpan<byte> rest)
    {
        var needed = rest[0] switch { >= 0xF0 and <= 0xF4 => 4, >= 0xE0 and <= 0xEF => 3, >= 0xC2 and <= 0xDF => 2, _ => 0 };
        return needed > rest.Length && !rest[1..].ContainsAnyExceptInRange((byte)0x80, (byte)0xBF);
    }

    private static string DecodeWithBom(ReadOnlySpan<byte> body, ByteOrderMark bom, string sourceName)
    {
        if (bom.Encoding is null) return DecodeUtf8(body, sourceName);
        try
        {
            var text = bom.Encoding.GetString(body);
            if (text.Contains('\0'))
                throw new DecodeException(sourceName, $"binary content (NUL character) in {bom.Name} text: not a text document");
            return text;
        }
        catch (DecoderFallbackException e)
        {
            throw new DecodeException(sourceName, $"invalid {bom.Name} at byte {bom.Length + Math.Max(0, e.Index)}: the byte-order mark says {bom.Name} but the content is not");
        }
    }
}

/// <summary>A byte-order mark at the start of a text file and the encoding it announces.</summary>
internal sealed record ByteOrderMark(string Name, int Length, Encoding? Encoding)
{
    private static readonly ByteOrderMark Utf8 = new("UTF-8", 3, null);
    private static readonly ByteOrderMark Utf32Le = new("UTF-32LE", 4, new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true));
    private static readonly ByteOrderMark Utf32Be = new("UTF-32BE", 4, new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true));
    private static readonly ByteOrderMark Utf16Le = new("UTF-16LE", 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
    private static readonly ByteOrderMark Utf16Be = new("UTF-16BE", 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));

    public static ByteOrderMark? Detect(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Utf8,
        [0xFF, 0xFE, 0x00, 0x00, ..] => Utf32Le, // checked before UTF-16LE, whose BOM is its prefix
        [0x00, 0x00, 0xFE, 0xFF, ..] => Utf32Be,
        [0xFF, 0xFE, ..] => Utf16Le,
        [0xFE, 0xFF, ..] => Utf16Be,
        _ => null,
    };
}

/// <summary>Magic numbers of formats that end up named .txt by mistake, for a message that says what the file is.</summary>
internal static class FileSignature
{
    public static string? Identify(ReadOnlySpan<byte> b) => b switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "a PDF (name it .pdf)",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "a ZIP archive (a .docx? name it .docx)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an OLE file (a legacy .doc or .xls)",
        [0x1F, 0x8B, ..] => "a gzip archive",
        _ => null,
    };
}
