using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Search;

/// <summary>Small hand-made documents for behaviour tests (the judged queries use the real corpus).</summary>
public static class SearchTestDocuments
{
    public static DocumentRecord Doc(string source, string text, string? code = null, DocType type = DocType.KeHoach,
        string? issuer = null, string? province = null, string? date = null, string? title = null,
        params CitationRecord[] citations) => new()
    {
        Source = source,
        Key = "src:" + source,
        Code = code,
        Type = type,
        Issuer = issuer is null ? null : new IssuerRef(issuer, province),
        Date = date,
        Title = title,
        Text = text,
        Citations = citations,
    };

    public static CitationRecord Cite(string key, string code, DocType type, string? issuer = null,
        string? subject = null, string? sentence = null, string? date = null) => new()
    {
        Key = key,
        Code = code,
        Type = type,
        Issuer = issuer,
        Subject = subject,
        Sentence = sentence,
        Date = date,
        Spans = [],
    };

    public static readonly CitationRecord Strategy806 = Cite("qd:806/QĐ-TTg:2025", "806/QĐ-TTg", DocType.QuyetDinh,
        "Thủ tướng Chính phủ", "ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035",
        "Thực hiện Quyết định số 806/QĐ-TTg ngày 22/4/2025 của Thủ tướng Chính phủ ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "22/4/2025");

    public static readonly CitationRecord Directive27 = Cite("ct:27-CT/TW", "27-CT/TW", DocType.ChiThi,
        "Ban Bí thư", "tăng cường sự lãnh đạo của Đảng đối với công tác thực hành tiết kiệm, chống lãng phí",
        "Chỉ thị số 27-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng");

    /// <summary>A, B, C mention waste with and without diacritics; D and E are off topic.</summary>
    public static IEnumerable<DocumentRecord> Small() =>
    [
        Doc("a.txt", "KẾ HOẠCH\nThực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.\nGiao Sở Tài chính chủ trì.",
            code: "148/KH-UBND", issuer: "UBND tỉnh Lạng Sơn", province: "Lạng Sơn", date: "2025-06-02",
            title: "Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", citations: [Strategy806, Directive27]),
        Doc("b.txt", "Ke hoach chong lang phi nam 2026 (van ban khong dau).\nSo Noi vu thuc hien.",
            code: "12/KH-SNV", issuer: "Sở Nội vụ", province: "Hải Phòng", date: "2026-01-05"),
        Doc("c.txt", "Chương trình thực hành tiết kiệm, chống lãng phí năm 2026 của tỉnh.\nCăn cứ Quyết định số 806/QĐ-TTg ngày 22/4/2025.",
            code: "2848/QĐ-UBND", type: DocType.QuyetDinh, issuer: "UBND tỉnh Lạng Sơn", province: "Lạng Sơn", date: "30/12/2025",
            title: "Ban hành Chương trình thực hành tiết kiệm, chống lãng phí năm 2026", citations: [Strategy806]),
        Doc("d.txt", "Kế hoạch cải cách hành chính tỉnh năm 2026.\nHiện đại hóa nền hành chính, phát triển Chính quyền số.",
            code: "20/KH-UBND", issuer: "UBND tỉnh Lạng Sơn", province: "Lạng Sơn", date: "2026-01-10",
            title: "Cải cách hành chính tỉnh Lạng Sơn năm 2026"),
        Doc("e.txt", "Công điện về việc ứng phó với bão số 15 và mưa lũ.\nCác bộ, ngành khẩn trương triển khai.",
            code: "230/CĐ-TTg", type: DocType.CongDien, issuer: "Thủ tướng Chính phủ", date: "2025-11-28"),
    ];
}
