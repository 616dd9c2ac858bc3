using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace KnowledgeGraph.Tests.Decoding;

/// <summary>
/// Writes PDFs at test time with PdfPig's builder. Vietnamese needs a TrueType font (the Standard 14 fonts
/// have no Vietnamese letters): DejaVu Sans from Debian's fonts-dejavu-core, which .ci/run installs.
/// </summary>
public static class PdfFixture
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static readonly string[][] PlanPages =
    [
        [
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
            "Số: 148/KH-UBND",
            "KẾ HOẠCH",
            "Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035",
        ],
        [
            "I. MỤC TIÊU, YÊU CẦU",
            "Cụ thể hóa Chỉ thị số 27-CT/TW của Ban Bí thư.",
            "Giao Sở Tài chính chủ trì, báo cáo trước ngày 30/11 hàng năm.",
        ],
    ];

    /// <summary>One page per element of <paramref name="pages"/>, one text line per string, top to bottom.</summary>
    public static byte[] WithText(string[][] pages)
    {
        if (!File.Exists(FontPath))
            throw new FileNotFoundException($"{FontPath} is missing: install the Debian package fonts-dejavu-core (.ci/run does)");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(60, y), font);
                y -= 24;
            }
        }
        return builder.Build();
    }

    /// <summary>A page with only a drawn rectangle: what a scan looks like to a text extractor.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(100, 100), 300, 200, 2, fill: true);
        return builder.Build();
    }

    /// <summary>Two pages with nothing on them.</summary>
    public static byte[] Blank()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    /// <summary>
    /// A hand-written PDF whose trailer points at a Standard security handler with made-up keys, so no
    /// password (the empty one included) opens it: an encrypted document.
    /// </summary>
    public static byte[] Encrypted()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        return Handwritten(
            ["<< /Type /Catalog /Pages 2 0 R >>",
             "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
             $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -4 >>"],
            "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    /// <summary>A PDF with a valid header and %%EOF around bytes that are not PDF objects.</summary>
    public static byte[] Garbage()
    {
        var junk = new byte[4000];
        new Random(7).NextBytes(junk);
        return [.. "%PDF-1.7\n"u8, .. junk, .. "\n%%EOF\n"u8];
    }

    /// <summary>Objects 1..n in order with a correct cross-reference table; object 1 is the catalog.</summary>
    private static byte[] Handwritten(string[] objects, string extraTrailer)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var off in offsets) sb.Append($"{off:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {extraTrailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
