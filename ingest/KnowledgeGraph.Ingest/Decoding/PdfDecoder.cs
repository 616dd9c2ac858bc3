using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;

namespace KnowledgeGraph.Ingest.Decoding;

/// <summary>
/// PDF with a text layer (PdfPig). Each page's text in content-stream order (ContentOrderTextExtractor,
/// which keeps the reading order the producer wrote and puts line breaks where the lines break); pages
/// joined by '\n'. Refused with the reason: not a PDF, truncated, corrupt, encrypted, or without any text
/// (a scan: OCR is not supported). A truncated file is refused rather than parsed leniently, because lenient
/// parsing silently drops the pages it cannot find.
/// </summary>
public sealed class PdfDecoder : IDocumentDecoder
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public string Decode(Stream input, string sourceName)
    {
        var bytes = ReadAll(input);
        CheckEnvelope(bytes, sourceName);
        try
        {
            using var doc = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var sb = new StringBuilder();
            int letters = 0, textOperations = 0, operations = 0;
            foreach (var page in doc.GetPages())
            {
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                operations += page.Operations.Count;
                textOperations += page.Operations.Count(o => o is ShowText or ShowTextsWithPositioning
                    or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing);
                if (page.Number > 1) sb.Append('\n');
                sb.Append(ContentOrderTextExtractor.GetText(page));
            }
            if (doc.NumberOfPages == 0) throw new DecodeException(sourceName, "the PDF has no pages");
            if (letters == 0 && textOperations > 0)
                throw new DecodeException(sourceName, $"the PDF draws text ({textOperations} text operations) but none of it could be read: damaged or unsupported fonts");
            if (letters == 0 && operations == 0)
                throw new DecodeException(sourceName, "no page content could be read: damaged content streams, or empty pages");
            if (letters == 0)
                throw new DecodeException(sourceName, "no text layer (scanned PDF?); OCR is not supported");
            return sb.ToString();
        }
        catch (DecodeException) { throw; }
        catch (PdfDocumentEncryptedException)
        {
            throw new DecodeException(sourceName, "the PDF is encrypted (password-protected); remove the protection and try again");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damage through many exception types (format, cast, index, key, null reference...);
            // for an input file every one of them means "cannot read this file", and one bad file must not
            // stop a folder from being extracted.
            throw new DecodeException(sourceName, $"not a readable PDF (corrupt): {e.Message}");
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var ms = new MemoryStream();
        input.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>The header must open the file and "%%EOF" must close it (within the 1024-byte tolerance readers use).</summary>
    private static void CheckEnvelope(byte[] bytes, string sourceName)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            var kind = FileSignature.Identify(bytes);
            throw new DecodeException(sourceName, kind is null ? "not a PDF (no %PDF- header)" : $"not a PDF: this is {kind}");
        }
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0)
            throw new DecodeException(sourceName, $"truncated PDF: no %%EOF marker at the end of its {bytes.Length} bytes (incomplete download or copy?)");
    }
}
