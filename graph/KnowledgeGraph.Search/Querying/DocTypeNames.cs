using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search.Analysis;

namespace KnowledgeGraph.Search.Querying;

/// <summary>
/// Reads a type filter as the user writes it: the DocType name ("KeHoach"), the Vietnamese name with or
/// without diacritics ("Kế hoạch", "ke hoach") or the code abbreviation ("KH"), in any case.
/// </summary>
public static class DocTypeNames
{
    private static readonly (DocType Type, string Name, string[] Abbreviations)[] Table =
    [
        (DocType.ChiThi, "Chỉ thị", ["CT"]),
        (DocType.NghiQuyet, "Nghị quyết", ["NQ"]),
        (DocType.QuyetDinh, "Quyết định", ["QĐ"]),
        (DocType.KeHoach, "Kế hoạch", ["KH"]),
        (DocType.CongDien, "Công điện", ["CĐ"]),
        (DocType.HuongDan, "Hướng dẫn", ["HD"]),
        (DocType.Luat, "Luật", []),
        (DocType.NghiDinh, "Nghị định", ["NĐ"]),
        (DocType.ThongTu, "Thông tư", ["TT"]),
        (DocType.KetLuan, "Kết luận", ["KL"]),
        (DocType.ThongBao, "Thông báo", ["TB"]),
        (DocType.ChuongTrinh, "Chương trình", ["CTr"]),
        (DocType.QuyDinh, "Quy định", []),
        (DocType.CongVan, "Công văn", ["CV"]),
        (DocType.DeAn, "Đề án", ["ĐA"]),
        (DocType.BaoCao, "Báo cáo", ["BC"]),
        (DocType.Khac, "Khác", []),
    ];

    public static string VietnameseName(DocType type) => Table.First(t => t.Type == type).Name;

    /// <exception cref="SearchQueryException">Not a known type.</exception>
    public static DocType Parse(string text)
    {
        var key = Key(text);
        foreach (var (type, name, abbreviations) in Table)
        {
            if (key == Key(type.ToString()) || key == Key(name) || abbreviations.Any(a => Key(a) == key))
                return type;
        }
        throw new SearchQueryException(
            $"Unknown document type \"{text}\". Use one of: {string.Join(", ", Table.Select(t => $"{t.Type} ({t.Name})"))}.");
    }

    private static string Key(string s) => TextFolding.Fold(s).Replace(" ", "").ToUpperInvariant();
}
