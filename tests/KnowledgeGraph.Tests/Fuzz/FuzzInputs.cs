using FsCheck;
using FsCheck.Fluent;

namespace KnowledgeGraph.Tests.Fuzz;

/// <summary>
/// Generators of hostile text built from the pieces real documents are made of (codes, dates, headings, list
/// markers, "Căn cứ"/"Thực hiện" cues, table pipes, Markdown markers) mixed with pieces that break parsers (NFD
/// marks, lone surrogates, control characters, unbalanced quotes and parentheses, very long runs).
/// </summary>
public static class FuzzInputs
{
    /// <summary>Fixed seed: CI runs the same inputs every time; a failure is reproducible from its test name.</summary>
    public static Config Config(int tests) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(tests).WithReplay(20261123UL, 0x9E3779B97F4A7C15UL);

    private static readonly string[] DocumentPieces =
    [
        "Chỉ thị số 27-CT/TW", "Nghị quyết 98/NQ-CP", "Quyết định số 806/QĐ-TTg", "Kế hoạch số 163-KH/TU", "107/KH-UBND",
        "60/2021/NĐ-CP", "Ð", "QÐ-TTg", "Luật Ngân sách nhà nước", "ngày 18 tháng 11 năm 2025", "ngày 31/12/2025", "ngày 0 6 tháng",
        "của Thủ tướng Chính phủ", "của Ban Bí thư", "của UBND tỉnh Lạng Sơn", "Căn cứ ", "Thực hiện ", "về việc ", " và ", ", ", "; ",
        "\n", "\n\n", "\nI. TỔ CHỨC THỰC HIỆN\n", "\n1. Sở Tài chính\n", "\n- Chủ trì, phối hợp với Sở Nội vụ", "\na) ", "\nĐiều 1. ",
        "\nNơi nhận:\n- Lưu: VT.\n", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A", "Số: ", "KẾ HOẠCH\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "| ", " |", "**", "*", "# ", "(", ")", "\"", "“", "”", "/", "-", "–", "100%", "hoàn thành trước ngày 30/6/2026", "Quý IV/2026",
        "giai đoạn 2021 - 2025", "Đề nghị Ủy ban MTTQ tỉnh", "Giao Sở Y tế:", "(sửa đổi, bổ sung bởi Nghị định số 70/2025/NĐ-CP)",
        "e\u0301", "\u0301", "\uD800", "\uDFFF", "\u0000", "\u001B", "\uFEFF", "\u200B", "\u00A0", "\r", "\r\n", "\t", "𝔘", "😀",
    ];

    private static Gen<string> Piece() => Gen.OneOf(
        Gen.Elements(DocumentPieces),
        Gen.Elements(DocumentPieces),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
        Gen.Choose(1, 400).Select(n => new string('1', n) + "/"),
        Gen.Choose(1, 3000).Select(n => string.Concat(Enumerable.Repeat("1.", n))));

    /// <summary>Texts of up to a few hundred pieces.</summary>
    public static Arbitrary<string> Documents() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 4)).SelectMany(n => Gen.ArrayOf(Piece(), n)))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    private static readonly string[] QueryPieces =
    [
        "806/QĐ-TTg", "806/QD-TTg", "806", "27-CT/TW", "lãng phí", "lang phi", "\"chống lãng phí\"", "\"", "*", "?", "~", "^", "/",
        "\\", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "+", "-", "&&", "||", ":", "title:", "*:*", "đ", "Đ", " ", "  ",
        "e\u0301", "\uD800", "\u0000", "a~2", "2025", "QĐ", "NQ-CP", "/regex/", "lang~", "phi*", "?an", "😀",
    ];

    public static Arbitrary<string> Queries() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(Gen.OneOf(
                Gen.Elements(QueryPieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")), n)))
            .Select(parts => string.Concat(parts)).ToArbitrary();
}
