using KnowledgeGraph.Ingest.Decoding;
using Xunit;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>
/// Damaged copies of good files (bytes overwritten in the middle, header and trailer kept, fixed seeds):
/// whatever the parser library throws inside, a decoder must either return text or throw DecodeException
/// naming the file, because anything else stops `kg extract` for the whole folder.
/// </summary>
public sealed class CorruptionTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in new[] { "pdf", "docx" })
            for (var seed = 1; seed <= 12; seed++)
                data.Add(format, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_damaged_file_yields_text_or_a_DecodeException_naming_it(string format, int seed)
    {
        var (decoder, good) = format == "pdf"
            ? ((IDocumentDecoder)new PdfDecoder(), PdfFixture.WithText(PdfFixture.PlanPages))
            : (new DocxDecoder(), DocxFixture.Build());
        var damaged = Damage(good, seed);
        var name = $"damaged-{seed}.{format}";

        var e = Record.Exception(() => decoder.Decode(new MemoryStream(damaged), name));

        if (e is null) return; // the damage hit bytes the reader does not need
        var decode = Assert.IsType<DecodeException>(e);
        Assert.Equal(name, decode.SourceName);
        Assert.False(string.IsNullOrWhiteSpace(decode.Problem));
    }

    /// <summary>Overwrites 1 to 64 runs of random bytes between the first 64 and the last 64 bytes.</summary>
    private static byte[] Damage(byte[] good, int seed)
    {
        var rng = new Random(seed);
        var bytes = (byte[])good.Clone();
        var runs = 1 + rng.Next(64);
        for (var r = 0; r < runs; r++)
        {
            var at = 64 + rng.Next(bytes.Length - 128);
            var len = Math.Min(1 + rng.Next(16), bytes.Length - 64 - at);
            rng.NextBytes(bytes.AsSpan(at, len));
        }
        return bytes;
    }
}
