using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// Small hand-built records shaped like the seeds (DOMAIN.md), so the store contract does not depend on the
/// extractor. Texts are short stand-ins; spans point into them.
/// </summary>
public static class GraphFixtures
{
    public const string Directive27 = "2023:27-CT/TW";
    public const string Resolution98 = "2024:98/NQ-CP";
    public const string Plan163 = "lang son:2024:163-KH/TU";
    public const string Decision806 = "2025:806/QĐ-TTg";
    public const string Strategy2035 = "title:chiến lược quốc gia về phòng, chống lãng phí đến năm 2035";
    public const string Decision2456 = "lang son:2025:2456/QĐ-UBND";
    public const string Plan148LangSon = "lang son:2025:148/KH-UBND";
    public const string Plan148HaiPhong = "hai phong:2025:148/KH-UBND";
    public const string Plan156HaiPhong = "hai phong:2025:156/KH-UBND";

    /// <summary>Lạng Sơn plan on the 2035 strategy, without its own number (as in the seeds).</summary>
    public const string PlanA = "lang son:2025:KeHoach:kế hoạch thực hiện chiến lược quốc gia về phòng, chống lãng phí đến năm 2035";
    /// <summary>A Lạng Sơn department's plan for 2026.</summary>
    public const string PlanB = "lang son:2026:KeHoach:kế hoạch thực hành tiết kiệm, chống lãng phí năm 2026 của sở ngoại vụ";
    /// <summary>A Hải Phòng department's plan.</summary>
    public const string PlanC = "hai phong:2026:KeHoach:kế hoạch thực hiện chương trình hành động thực hành tiết kiệm của sở giáo dục và đào tạo";
    /// <summary>Ingested by nobody but present: a document no relation reaches.</summary>
    public const string Lonely = "ha noi:2025:KeHoach:kế hoạch không liên quan";

    public const string TextA =
        "KẾ HOẠCH Thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035\n" +
        "Thực hiện Quyết định số 806/QĐ-TTg ngày 22/4/2025 của Thủ tướng Chính phủ ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.\n" +
        "Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị; Nghị quyết số 98/NQ-CP ngày 26/6/2024 của Chính phủ ban hành Chương trình hành động thực hiện Chỉ thị số 27-CT/TW; " +
        "Kế hoạch số 163-KH/TU ngày 16/4/2024 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 27-CT/TW.\n" +
        "Quyết định số 2456/QĐ-UBND ngày 16/11/2025 của UBND tỉnh về việc ban hành Kế hoạch tổng kiểm kê tài sản công.\n" +
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, UBND các huyện, thành phố tổng hợp báo cáo trước ngày 30/11 hàng năm.\n" +
        "Sở GD&ĐT rà soát cơ sở vật chất trường học trước ngày 31/3/2026.\n" +
        "Phấn đấu tiết kiệm 10% chi thường xuyên.";


    private static Evidence Ev(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"fixture text lacks '{part}'");
        return new Evidence(i, i + part.Length, part);
    }

    private static int[] At(string text, string part)
    {
        var e = Ev(text, part);
        return [e.Start, e.End];
    }

    public static DocumentRecord PlanARecord() => new()
    {
        Source = "001_plan_a.txt",
        Key = PlanA,
        Type = DocType.KeHoach,
        Issuer = new IssuerRef("UBND tỉnh Lạng Sơn", "Lạng Sơn"),
        Date = null,
        Title = "Kế hoạch thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035",
        Signer = "Nguyễn Văn A",
        Recipients = ["Sở Tài chính", "Sở Nội vụ"],
        Text = TextA,
        ContentHash = "hash-a-1",
        Citations =
        [
            Cite(TextA, Decision806, "806/QĐ-TTg", DocType.QuyetDinh, "22/4/2025", "Thủ tướng Chính phủ", null, "ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "Quyết định số 806/QĐ-TTg"),
            Cite(TextA, Directive27, "27-CT/TW", DocType.ChiThi, "25/12/2023", "Bộ Chính trị", null, "tăng cường sự lãnh đạo của Đảng đối với công tác thực hành tiết kiệm, chống lãng phí", "Chỉ thị số 27-CT/TW"),
            Cite(TextA, Resolution98, "98/NQ-CP", DocType.NghiQuyet, "26/6/2024", "Chính phủ", null, "ban hành Chương trình hành động thực hiện Chỉ thị số 27-CT/TW", "Nghị quyết số 98/NQ-CP"),
            Cite(TextA, Plan163, "163-KH/TU", DocType.KeHoach, "16/4/2024", "Ban Thường vụ Tỉnh ủy", "Lạng Sơn", "thực hiện Chỉ thị số 27-CT/TW", "Kế hoạch số 163-KH/TU"),
            Cite(TextA, Decision2456, "2456/QĐ-UBND", DocType.QuyetDinh, "16/11/2025", "UBND tỉnh", "Lạng Sơn", "về việc ban hành Kế hoạch tổng kiểm kê tài sản công", "Quyết định số 2456/QĐ-UBND"),
        ],
        Relations =
        [
            Rel(TextA, PlanA, Decision806, RelationType.IMPLEMENTS, 0.95, "Thực hiện Quyết định số 806/QĐ-TTg"),
            Rel(TextA, Resolution98, Directive27, RelationType.IMPLEMENTS, 0.9, "Nghị quyết số 98/NQ-CP ngày 26/6/2024 của Chính phủ ban hành Chương trình hành động thực hiện Chỉ thị số 27-CT/TW"),
            Rel(TextA, Plan163, Directive27, RelationType.IMPLEMENTS, 0.9, "Kế hoạch số 163-KH/TU ngày 16/4/2024 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 27-CT/TW"),
        ],
        Tasks =
        [
            new TaskRecord
            {
                Lead = ["Sở Tài chính"], Support = ["Sở Nội vụ", "UBND các huyện, thành phố"],
                Deadline = new DeadlineRecord("trước ngày 30/11 hàng năm", null, "yearly", MonthDay: "11-30"),
                Text = "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, UBND các huyện, thành phố tổng hợp báo cáo trước ngày 30/11 hàng năm.",
                Section = "III.1", Evidence = Ev(TextA, "Giao Sở Tài chính chủ trì"),
            },
            new TaskRecord
            {
                Lead = ["Sở GD&ĐT"], Support = [],
                Deadline = new DeadlineRecord("trước ngày 31/3/2026", "2026-03-31", null),
                Text = "Sở GD&ĐT rà soát cơ sở vật chất trường học trước ngày 31/3/2026.",
                Section = "III.2", Kind = "heading", Evidence = Ev(TextA, "Sở GD&ĐT rà soát"),
            },
        ],
        Targets = [new TargetRecord { Text = "Phấn đấu tiết kiệm 10% chi thường xuyên.", Value = 10, Unit = "%", Evidence = Ev(TextA, "tiết kiệm 10%") }],
        SameAs = [new SameAsRecord(Plan148LangSon, "148/KH-UBND", 0.9, "title and year match the citation in another plan")],
    };

    /// <summary>Plan A after an edit: 163-KH/TU dropped, the finance task rewritten, a new deadline.</summary>
    public static DocumentRecord PlanAChanged()
    {
        var a = PlanARecord();
        var text = TextA.Replace("trước ngày 30/11 hàng năm", "trước ngày 15/12 hàng năm");
        return a with
        {
            Text = text,
            ContentHash = "hash-a-2",
            Citations = a.Citations.Where(c => c.Key != Plan163).ToList(),
            Relations = a.Relations.Where(r => r.From != Plan163).ToList(),
            Tasks =
            [
                a.Tasks[0] with
                {
                    Deadline = new DeadlineRecord("trước ngày 15/12 hàng năm", null, "yearly", MonthDay: "12-15"),
                    Text = a.Tasks[0].Text.Replace("30/11", "15/12"),
                },
                a.Tasks[1],
            ],
        };
    }

    public const string TextB =
        "KẾ HOẠCH Thực hành tiết kiệm, chống lãng phí năm 2026 của Sở Ngoại vụ\n" +
        "Bám sát Kế hoạch số 148/KH-UBND ngày 02/6/2025 của UBND tỉnh về thực hiện chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.\n" +
        "Theo Quyết định số 2456/QĐ-UBND ngày 16/11/2025 của UBND tỉnh, tổng kiểm kê tài sản công.\n" +
        "Sở Giáo dục và Đào tạo phối hợp kiểm kê tài sản trước ngày 10/01/2026.";

    public static DocumentRecord PlanBRecord() => new()
    {
        Source = "000_plan_b.txt",
        Key = PlanB,
        Type = DocType.KeHoach,
        Issuer = new IssuerRef("Sở Ngoại vụ", "Lạng Sơn"),
        Date = "2026-01-05",
        Title = "Kế hoạch thực hành tiết kiệm, chống lãng phí năm 2026",
        Text = TextB,
        Citations =
        [
            Cite(TextB, Plan148LangSon, "148/KH-UBND", DocType.KeHoach, "02/6/2025", "UBND tỉnh", "Lạng Sơn", "thực hiện chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "Kế hoạch số 148/KH-UBND"),
            Cite(TextB, Decision2456, "2456/QĐ-UBND", DocType.QuyetDinh, "16/11/2025", "UBND tỉnh", "Lạng Sơn", "tổng kiểm kê tài sản công", "Quyết định số 2456/QĐ-UBND"),
        ],
        Relations = [Rel(TextB, PlanB, Plan148LangSon, RelationType.BASED_ON, 0.8, "Bám sát Kế hoạch số 148/KH-UBND")],
        Tasks =
        [
            new TaskRecord
            {
                Lead = ["Sở Giáo dục và Đào tạo"], Support = [],
                Deadline = new DeadlineRecord("trước ngày 10/01/2026", "2026-01-10", null),
                Text = "Sở Giáo dục và Đào tạo phối hợp kiểm kê tài sản trước ngày 10/01/2026.",
                Section = "II.1", Evidence = Ev(TextB, "Sở Giáo dục và Đào tạo phối hợp"),
            },
        ],
    };

    public const string TextC =
        "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HẢI PHÒNG NĂM 2026\n" +
        "Kế hoạch số 156/KH - UBND ngày 20/6/2025 thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035 của thành phố Hải Phòng.\n" +
        "Triển khai Chỉ thị số 27-CT/TW ngày 25/12/2023 của Bộ Chính trị; Kế hoạch số 148/KH-UBND của UBND thành phố.\n" +
        "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Sở Tài chính báo cáo định kỳ 31/10 hàng năm.";

    public static DocumentRecord PlanCRecord() => new()
    {
        Source = "003_plan_c.txt",
        Key = PlanC,
        Type = DocType.KeHoach,
        Issuer = new IssuerRef("Sở Giáo dục và Đào tạo", "Hải Phòng"),
        Date = "2026-01-15",
        Title = "Kế hoạch thực hiện Chương trình hành động thực hành tiết kiệm, chống lãng phí năm 2026",
        Signer = "Trần Thị B",
        Text = TextC,
        Citations =
        [
            Cite(TextC, Plan156HaiPhong, "156/KH-UBND", DocType.KeHoach, "20/6/2025", "UBND thành phố", "Hải Phòng", "thực hiện Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", "Kế hoạch số 156/KH - UBND"),
            Cite(TextC, Directive27, "27-CT/TW", DocType.ChiThi, "25/12/2023", "Bộ Chính trị", null, null, "Chỉ thị số 27-CT/TW"),
            Cite(TextC, Plan148HaiPhong, "148/KH-UBND", DocType.KeHoach, null, "UBND thành phố", "Hải Phòng", null, "Kế hoạch số 148/KH-UBND"),
        ],
        Relations =
        [
            Rel(TextC, PlanC, Plan156HaiPhong, RelationType.IMPLEMENTS, 0.9, "Kế hoạch số 156/KH - UBND ngày 20/6/2025 thực hiện"),
            Rel(TextC, PlanC, Directive27, RelationType.IMPLEMENTS, 0.85, "Triển khai Chỉ thị số 27-CT/TW"),
        ],
        Tasks =
        [
            new TaskRecord
            {
                Lead = ["Phòng Kế hoạch - Tài chính"], Support = ["Sở Tài chính"],
                Deadline = new DeadlineRecord("định kỳ 31/10 hàng năm", null, "yearly", MonthDay: "10-31"),
                Text = "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Sở Tài chính báo cáo định kỳ 31/10 hàng năm.",
                Evidence = Ev(TextC, "Phòng Kế hoạch - Tài chính chủ trì"),
            },
        ],
    };

    public const string Text806 =
        "QUYẾT ĐỊNH Ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035\n" +
        "Điều 1. Ban hành kèm theo Quyết định này Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.\n" +
        "Bộ Tài chính chủ trì theo dõi, đôn đốc thực hiện Chiến lược.";

    public static DocumentRecord Decision806Record() => new()
    {
        Source = "806_qd_ttg.txt",
        Key = Decision806,
        Code = "806/QĐ-TTg",
        Type = DocType.QuyetDinh,
        Issuer = new IssuerRef("Thủ tướng Chính phủ", null),
        Date = "22/4/2025",
        Title = "Quyết định ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035",
        Text = Text806,
        Citations =
        [
            new CitationRecord
            {
                Key = Strategy2035, Type = DocType.Khac, ByTitle = true,
                Subject = "Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035",
                Spans = [At(Text806, "Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.")],
                Sentence = "Điều 1. Ban hành kèm theo Quyết định này Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.",
            },
        ],
        Relations = [Rel(Text806, Decision806, Strategy2035, RelationType.ISSUES, 0.95, "Ban hành kèm theo Quyết định này Chiến lược quốc gia")],
        Tasks =
        [
            new TaskRecord
            {
                Lead = ["Bộ Tài chính"], Support = [],
                Text = "Bộ Tài chính chủ trì theo dõi, đôn đốc thực hiện Chiến lược.",
                Evidence = Ev(Text806, "Bộ Tài chính chủ trì"),
            },
        ],
    };

    public static DocumentRecord LonelyRecord() => new()
    {
        Source = "lonely.txt",
        Key = Lonely,
        Type = DocType.KeHoach,
        Issuer = new IssuerRef("UBND thành phố Hà Nội", "Hà Nội"),
        Title = "Kế hoạch không liên quan",
        Text = "Kế hoạch không liên quan.",
    };

    /// <summary>The fixture set in a fixed order.</summary>
    public static IReadOnlyList<DocumentRecord> All() => [PlanARecord(), PlanBRecord(), PlanCRecord(), Decision806Record(), LonelyRecord()];

    private static CitationRecord Cite(string text, string key, string code, DocType type, string? date, string? issuer, string? province, string? subject, string mention) => new()
    {
        Key = key, Code = code, Type = type, Date = date, Issuer = issuer, Province = province, Subject = subject,
        Spans = [At(text, mention)], Sentence = mention,
    };

    private static RelationRecord Rel(string text, string from, string to, RelationType type, double confidence, string evidence) => new()
    {
        From = from, To = to, Type = type, Confidence = confidence, Evidence = Ev(text, evidence),
    };
}
