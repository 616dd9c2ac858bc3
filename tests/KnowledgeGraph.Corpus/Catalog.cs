using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Corpus;

/// <summary>Hình thức số hiệu (code shape), DOMAIN.md §1.</summary>
public enum CodeShape
{
    /// <summary>N-TYPE/ISSUER: 27-CT/TW, 163-KH/TU.</summary>
    Party,
    /// <summary>N/TYPE-ISSUER: 98/NQ-CP, 148/KH-UBND.</summary>
    State,
    /// <summary>N/YYYY/TYPE-ISSUER: 60/2021/NĐ-CP.</summary>
    StateWithYear,
}

/// <summary>A kind of document: its type word, code and who issues it.</summary>
/// <param name="TypeWord">Loại văn bản as cited ("Nghị quyết").</param>
/// <param name="DocType">The extraction contract's DocType name.</param>
/// <param name="Abbr">Type abbreviation in the code ("NQ").</param>
/// <param name="IssuerAbbr">Issuer part of the code ("TW", "CP", "UBND", "SYT").</param>
/// <param name="Issuer">Who issues it, as cited ("Bộ Chính trị"); for local kinds a prefix the province completes.</param>
/// <param name="Header">The issuing-body lines of the header.</param>
/// <param name="Cue">The phrase a lower document uses to cite it as its basis: Thực hiện (IMPLEMENTS) or Căn cứ (BASED_ON).</param>
public sealed record DocumentKind(string TypeWord, string DocType, string Abbr, string IssuerAbbr, CodeShape Shape,
    string Issuer, string[] Header, string Cue)
{
    public string Relation => Cue == "Căn cứ" ? "BASED_ON" : "IMPLEMENTS";

    public string Code(int number, int year) => Shape switch
    {
        CodeShape.Party => $"{number}-{Abbr}/{IssuerAbbr}",
        CodeShape.State => $"{number}/{Abbr}-{IssuerAbbr}",
        _ => $"{number}/{year}/{Abbr}-{IssuerAbbr}",
    };
}

/// <summary>The fixed vocabulary of the generator: kinds, departments, topics, provinces and commune names.</summary>
public static class Catalog
{
    private static readonly string[] PartyHeader = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM"];

    /// <summary>Central kinds, in the cycle the generator walks (QĐ-TTg twice: it is the most frequent).</summary>
    public static readonly DocumentKind[] Central =
    [
        new("Nghị quyết", "NghiQuyet", "NQ", "TW", CodeShape.Party, "Bộ Chính trị", PartyHeader, "Thực hiện"),
        new("Chỉ thị", "ChiThi", "CT", "TW", CodeShape.Party, "Ban Bí thư", PartyHeader, "Thực hiện"),
        new("Nghị quyết", "NghiQuyet", "NQ", "CP", CodeShape.State, "Chính phủ", ["CHÍNH PHỦ"], "Thực hiện"),
        new("Quyết định", "QuyetDinh", "QĐ", "TTg", CodeShape.State, "Thủ tướng Chính phủ", ["THỦ TƯỚNG CHÍNH PHỦ"], "Thực hiện"),
        new("Chỉ thị", "ChiThi", "CT", "TTg", CodeShape.State, "Thủ tướng Chính phủ", ["THỦ TƯỚNG CHÍNH PHỦ"], "Thực hiện"),
        new("Nghị định", "NghiDinh", "NĐ", "CP", CodeShape.StateWithYear, "Chính phủ", ["CHÍNH PHỦ"], "Căn cứ"),
        new("Thông tư", "ThongTu", "TT", "BTC", CodeShape.StateWithYear, "Bộ Tài chính", ["BỘ TÀI CHÍNH"], "Căn cứ"),
        new("Kết luận", "KetLuan", "KL", "TW", CodeShape.Party, "Bộ Chính trị", PartyHeader, "Thực hiện"),
        new("Công điện", "CongDien", "CĐ", "TTg", CodeShape.State, "Thủ tướng Chính phủ", ["THỦ TƯỚNG CHÍNH PHỦ"], "Thực hiện"),
        new("Quyết định", "QuyetDinh", "QĐ", "TTg", CodeShape.State, "Thủ tướng Chính phủ", ["THỦ TƯỚNG CHÍNH PHỦ"], "Thực hiện"),
        new("Thông tư", "ThongTu", "TT", "BYT", CodeShape.StateWithYear, "Bộ Y tế", ["BỘ Y TẾ"], "Căn cứ"),
        new("Nghị quyết", "NghiQuyet", "NQ", "CP", CodeShape.State, "Chính phủ", ["CHÍNH PHỦ"], "Thực hiện"),
    ];

    /// <summary>Provincial kinds: UBND tỉnh plans, decisions and directives, and Tỉnh ủy plans.</summary>
    public static readonly DocumentKind[] Province =
    [
        new("Kế hoạch", "KeHoach", "KH", "UBND", CodeShape.State, "Ủy ban nhân dân", [], "Thực hiện"),
        new("Quyết định", "QuyetDinh", "QĐ", "UBND", CodeShape.State, "Ủy ban nhân dân", [], "Căn cứ"),
        new("Kế hoạch", "KeHoach", "KH", "UBND", CodeShape.State, "Ủy ban nhân dân", [], "Thực hiện"),
        new("Kế hoạch", "KeHoach", "KH", "TU", CodeShape.Party, "Tỉnh ủy", [], "Thực hiện"),
        new("Chỉ thị", "ChiThi", "CT", "UBND", CodeShape.State, "Ủy ban nhân dân", [], "Thực hiện"),
    ];

    /// <summary>Sở (provincial departments): name and code abbreviation (issuers.json).</summary>
    public static readonly (string Name, string Abbr)[] Departments =
    [
        ("Sở Tài chính", "STC"), ("Sở Nội vụ", "SNV"), ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Y tế", "SYT"),
        ("Sở Tư pháp", "STP"), ("Sở Xây dựng", "SXD"), ("Sở Khoa học và Công nghệ", "SKHCN"),
        ("Sở Nông nghiệp và Môi trường", "SNNMT"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"), ("Sở Công Thương", "SCT"),
    ];

    /// <summary>Subjects: (what central documents are about, what plans add).</summary>
    public static readonly string[] Topics =
    [
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "tăng cường sự lãnh đạo của Đảng đối với công tác người có công",
        "phát triển kinh tế tư nhân",
        "đổi mới công tác xây dựng và thi hành pháp luật",
        "hội nhập quốc tế trong tình hình mới",
        "đột phá phát triển giáo dục và đào tạo",
        "tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân",
        "bảo đảm an ninh năng lượng quốc gia",
        "chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu",
        "phát triển văn hóa, con người Việt Nam",
        "chi trả an sinh xã hội không dùng tiền mặt",
        "xây dựng nông thôn mới giai đoạn 2026 - 2030",
        "cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
        "phòng, chống tác hại của thuốc lá",
        "giảm nghèo bền vững",
        "phát triển nguồn nhân lực chất lượng cao",
        "bảo đảm trật tự, an toàn giao thông",
        "thực hành tiết kiệm, chống lãng phí",
    ];

    private static readonly string[] CommuneSyllables =
    [
        "Tân", "Lập", "Hòa", "Bình", "An", "Phú", "Thạnh", "Long", "Hưng", "Yên", "Thái", "Sơn", "Quang", "Trung",
        "Đông", "Tây", "Nam", "Bắc", "Vĩnh", "Phước", "Mỹ", "Thuận", "Đức", "Hợp", "Tiến", "Thành", "Lộc", "Minh",
    ];

    /// <summary>The 63 provinces before 1 July 2025, from the ingest rule file.</summary>
    public static readonly IReadOnlyList<ProvinceRule> Provinces63 = RuleSet.Default.Provinces;

    /// <summary>The 34 after the 2025 merger (those without a successor).</summary>
    public static readonly IReadOnlyList<ProvinceRule> Provinces34 = RuleSet.Default.Provinces.Where(p => p.Successor is null).ToList();

    /// <summary>"tỉnh Lạng Sơn" or "thành phố Hải Phòng".</summary>
    public static string ProvincePhrase(ProvinceRule p) => (p.City ? "thành phố " : "tỉnh ") + p.Name;

    /// <summary>A commune name fixed by province and number: about a hundred per province, as after 2025.</summary>
    public static string CommuneName(int provinceIndex, int communeNumber)
    {
        var a = CommuneSyllables[(provinceIndex * 7 + communeNumber) % CommuneSyllables.Length];
        var b = CommuneSyllables[(provinceIndex * 13 + communeNumber * 5 + 3) % CommuneSyllables.Length];
        if (a == b) b = CommuneSyllables[(Array.IndexOf(CommuneSyllables, b) + 1) % CommuneSyllables.Length];
        return (communeNumber % 4 == 0 ? "phường " : "xã ") + a + " " + b;
    }
}
