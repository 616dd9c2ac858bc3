using KnowledgeGraph.Tests.Graph;
using System.Text;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using Xunit;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>
/// Inputs that real folders hold besides good documents. Each either fails with a message that names the
/// file and the problem, or comes out right. Files are written to a temp folder and go through the whole
/// pipeline (registry limits, decoder, normaliser), as `kg extract` runs them.
/// </summary>
public sealed class BadInputTests
{
    private const string Sentence = "Thực hiện Chỉ thị số 27-CT/TW ngày 10/01/2024 của Ban Bí thư, UBND tỉnh ban hành Kế hoạch.\n";

    /// <summary>The bytes of each named input. Kept as code so nothing binary is committed.</summary>
    private static readonly Dictionary<string, Func<byte[]>> Inputs = new()
    {
        ["empty.txt"] = () => [],
        ["whitespace.txt"] = () => Encoding.UTF8.GetBytes(" \n\t \r\n  \u00A0\n"),
        ["random.txt"] = () => RandomBytes(4096, seed: 1),
        ["image.txt"] = () => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(512, seed: 2)],
        ["controls.txt"] = () => [.. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002cd\u0003", 200)))],
        ["invalid-utf8.txt"] = () => [.. "Quyết định số 1\n"u8, 0xC3, 0x28, .. "abc"u8],
        ["cut-in-character.txt"] = () => [.. "Quyết định"u8, 0xE1, 0xBB],
        // "Quyết định" as Windows-1258 writes it: base letters plus combining tone marks in single bytes.
        ["windows-1258.txt"] = () => [.. "Quy"u8, 0xEA, 0xEC, (byte)'t', 0x20, 0xF0, 0x69, 0xF2, 0x6E, 0x68],
        ["mixed-1252.txt"] = () => [.. "Kế hoạch số 148/KH-UBND\n"u8, .. "Caf"u8, 0xE9, 0x20, .. "au lait"u8],
        ["utf16-no-bom.txt"] = () => Encoding.Unicode.GetBytes(Sentence),
        ["utf16-bad.txt"] = () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Kế hoạch"), 0x00, 0xD8, 0x41, 0x00],
        ["truncated.pdf"] = () => PdfFixture.WithText(PdfFixture.PlanPages) is var pdf ? pdf[..(pdf.Length / 2)] : [],
        ["scan.pdf"] = PdfFixture.WithoutText,
        ["blank.pdf"] = PdfFixture.Blank,
        ["encrypted.pdf"] = PdfFixture.Encrypted,
        ["garbage.pdf"] = PdfFixture.Garbage,
        ["text-named.pdf"] = () => Encoding.UTF8.GetBytes(Sentence),
        ["truncated.docx"] = () => DocxFixture.Build() is var docx ? docx[..(docx.Length / 2)] : [],
        ["legacy.docx"] = () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
        ["png.docx"] = () => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(64, seed: 3)],
        ["zip-not-word.docx"] = ZipWithoutWordDocument,
        ["utf8-bom.txt"] = () => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)],
        ["utf16le-bom.txt"] = () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)],
        ["utf16be-bom.txt"] = () => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)],
        ["nfd.txt"] = () => Encoding.UTF8.GetBytes(Sentence.Normalize(NormalizationForm.FormD)),
        ["one-mb-line.txt"] = () => Encoding.UTF8.GetBytes(OneLongLine()),
        ["thousands-of-codes.txt"] = () => Encoding.UTF8.GetBytes(ThousandsOfCodes()),
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "empty.txt", "file is empty" },
        { "whitespace.txt", "no text after normalisation" },
        { "random.txt", "binary content" },
        { "image.txt", "binary content: this is a PNG image" },
        { "controls.txt", "binary content (600 control characters" },
        { "invalid-utf8.txt", "invalid UTF-8 at byte 23 (line 2, bytes 0xc3286162): the file mixes UTF-8 with another encoding" },
        { "cut-in-character.txt", "invalid UTF-8 at byte 15 (line 1, bytes 0xe1bb): the file ends inside a character" },
        { "windows-1258.txt", "invalid UTF-8 at byte 3 (line 1, bytes 0xeaec7420): the text is in a legacy encoding" },
        { "mixed-1252.txt", "invalid UTF-8 at byte 33 (line 2, bytes 0xe9206175): the file mixes UTF-8 with another encoding" },
        { "utf16-no-bom.txt", "looks like UTF-16 without a byte-order mark" },
        { "utf16-bad.txt", "invalid UTF-16LE at byte" },
        { "truncated.pdf", "truncated PDF: no %%EOF marker" },
        { "scan.pdf", "no text layer (scanned PDF?); OCR is not supported" },
        { "blank.pdf", "no page content could be read: damaged content streams, or empty pages" },
        { "encrypted.pdf", "the PDF is encrypted (password-protected)" },
        { "garbage.pdf", "not a readable PDF (corrupt)" },
        { "text-named.pdf", "not a PDF (no %PDF- header)" },
        { "truncated.docx", "not a readable .docx (corrupt or truncated)" },
        { "legacy.docx", "this is an OLE file, not a .docx" },
        { "png.docx", "not a .docx (a .docx is a ZIP archive and this one has no ZIP signature)" },
        { "zip-not-word.docx", "no main document part: not a Word document" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Bad_input_is_refused_with_a_message_naming_the_file_and_the_problem(string name, string problem)
    {
        using var dir = new TempFolder();
        var path = dir.Write(name, Inputs[name]());

        var e = Assert.Throws<DecodeException>(() => new ExtractionPipeline().ExtractFile(path));

        Assert.Equal(name, e.SourceName);
        Assert.StartsWith(name + ": ", e.Message);
        Assert.Contains(problem, e.Problem);
    }

    public static TheoryData<string> Accepted => new()
    {
        "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "nfd.txt",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Unicode_text_in_any_announced_encoding_comes_out_as_the_same_NFC_text(string name)
    {
        using var dir = new TempFolder();
        var path = dir.Write(name, Inputs[name]());

        var doc = new ExtractionPipeline().ExtractFile(path);

        Assert.Equal(Sentence.TrimEnd('\n').Normalize(NormalizationForm.FormC), doc.Text);
    }

    [Fact]
    public void A_one_megabyte_line_is_extracted_whole()
    {
        using var dir = new TempFolder();
        var path = dir.Write("one-mb-line.txt", Inputs["one-mb-line.txt"]());

        var doc = new ExtractionPipeline().ExtractFile(path);

        Assert.Equal(OneLongLine(), doc.Text);
    }

    [Fact]
    public void Thousands_of_codes_all_survive_normalisation_and_each_becomes_a_citation()
    {
        using var dir = new TempFolder();
        var path = dir.Write("thousands-of-codes.txt", Inputs["thousands-of-codes.txt"]());

        var doc = new ExtractionPipeline().ExtractFile(path);

        for (var i = 1; i <= CodeCount; i += 997)
            Assert.Contains($"Quyết định số {i}/QĐ-UBND ngày", doc.Text);
        Assert.Equal(CodeCount, System.Text.RegularExpressions.Regex.Count(doc.Text!, @"\d+/QĐ-UBND"));
        Assert.Equal(CodeCount, doc.Citations.Select(c => c.Code).Distinct().Count());
        Assert.Contains(doc.Citations, c => c.Code == $"{CodeCount}/QĐ-UBND");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(DecoderRegistry.MaxInputBytes + 1); // sparse: costs no disk

        var e = Assert.Throws<DecodeException>(() => new ExtractionPipeline().ExtractFile(path));

        Assert.Equal("huge.txt: file is 64.0 MB (67108865 bytes), over the 64 MB limit for one document", e.Message);
    }

    /// <summary>
    /// A 50 MB text is a dump of many documents, and extraction on dense text runs well under 1 MB/s
    /// (tests/benchmarks/REPORT.md): it is refused after decoding, in the time decoding takes.
    /// </summary>
    [Fact]
    public void A_50_MB_text_file_is_refused_as_too_long_for_one_document()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "fifty-mb.txt");
        var paragraph = "Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát, báo cáo UBND tỉnh trước ngày 30/11 hàng năm theo Quyết định số 806/QĐ-TTg.\n";
        var bytesPerParagraph = Encoding.UTF8.GetByteCount(paragraph);
        var count = 50 * 1024 * 1024 / bytesPerParagraph;
        using (var w = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            for (var i = 0; i < count; i++) w.Write(paragraph);
        Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024 - bytesPerParagraph);

        var e = Assert.Throws<DecodeException>(() => new ExtractionPipeline().ExtractFile(path));

        Assert.Equal(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fifty-mb.txt: the text is {(long)count * paragraph.Length:N0} characters, ") +
            "over the limit of 4,000,000 for one document (real plans are under 1,000,000): a file this large holds many documents; split it",
            e.Message);
    }

    [Theory]
    [InlineData(DecoderRegistry.MaxTextChars, true)]
    [InlineData(DecoderRegistry.MaxTextChars + 1, false)]
    public void The_text_length_limit_is_exact(int chars, bool accepted)
    {
        using var dir = new TempFolder();
        var path = dir.Write("limit.txt", Encoding.UTF8.GetBytes(new string('a', chars)));

        var e = Record.Exception(() => DecoderRegistry.Default.DecodeFile(path));

        if (accepted) Assert.Null(e);
        else Assert.Contains("over the limit of 4,000,000 for one document", Assert.IsType<DecodeException>(e).Message);
    }

    private const int CodeCount = 5000;

    private static string ThousandsOfCodes()
    {
        var sb = new StringBuilder("KẾ HOẠCH\n");
        for (var i = 1; i <= CodeCount; i++)
            sb.Append($"- Căn cứ Quyết định số {i}/QĐ-UBND ngày {1 + i % 28:00}/{1 + i % 12:00}/2025 của UBND tỉnh Lạng Sơn;\n");
        return sb.ToString();
    }

    private static string OneLongLine()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 1024 * 1024) sb.Append("tiết kiệm ").Append(i++).Append(' ');
        return sb.Append("hết.").ToString();
    }

    private static byte[] RandomBytes(int n, int seed)
    {
        var b = new byte[n];
        new Random(seed).NextBytes(b);
        return b;
    }

    /// <summary>A valid ZIP holding no Word document: an archive renamed to .docx.</summary>
    private static byte[] ZipWithoutWordDocument()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            w.Write("not a document");
        return ms.ToArray();
    }
}
