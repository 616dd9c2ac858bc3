using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Corpus;

/// <summary>
/// Writes the text of one generated document and its ground truth: header (issuing body, motto, number,
/// place-date) in the flattened-table form of the scraped corpus, title, preamble citing the documents above it,
/// sections I./1./a), a task section with lead and support units and deadlines, sometimes an annex table and
/// footnotes, then the recipients and signature. <see cref="TextNoise"/> then breaks lines as scraped text does.
/// </summary>
public sealed class DocumentComposer(CorpusPlan plan, int seed)
{
    /// <summary>Lengths: log-normal with the national database's median (about 6,400 characters).</summary>
    public const double MedianChars = 6400;
    private const double LengthSigma = 0.8;

    public GeneratedDocument Compose(int index)
    {
        var rng = new Random(unchecked(seed * 1_000_003 + index * 7919));
        var me = plan.Identity(index);
        var cited = ChooseCitations(me, rng);
        var b = new Blocks();

        Header(b, me, rng);
        var subject = Catalog.Topics[me.Topic];
        b.Raw($"**{TitleWord(me.Kind).ToUpperInvariant()}**");
        b.Para(TitleOf(me, subject).ToUpperInvariant());
        b.Raw("-----");

        // Preamble: the documents this one rests on, each with its cue.
        foreach (var (basis, relation) in cited.Where(c => c.Relation != "CITES"))
            b.Para($"{(relation == "BASED_ON" ? "Căn cứ" : Pick(rng, "Thực hiện", "Thực hiện", "Triển khai thực hiện", "Tiếp tục thực hiện"))} {Cite(basis, me, rng)};");
        b.Para($"{Pick(rng, "Nhằm", "Để")} triển khai kịp thời, hiệu quả các nhiệm vụ về {subject}, {me.IssuerName} ban hành {TitleWord(me.Kind)} với các nội dung cụ thể như sau:");

        var target = (int)Math.Clamp(Math.Exp(Math.Log(MedianChars) + LengthSigma * Gaussian(rng)), 1800, 400_000);
        b.Heading("I. MỤC ĐÍCH, YÊU CẦU");
        b.Heading("1. Mục đích");
        Lettered(b, rng, Phrases.Purposes, subject, 2);
        b.Heading("2. Yêu cầu");
        Lettered(b, rng, Phrases.Requirements, subject, 2);
        b.Heading("II. MỤC TIÊU");
        var footnote = rng.NextDouble() < 0.3;
        b.Para(Fill(Pick(rng, Phrases.Targets), subject, me.Date.Year + 1 + rng.Next(5), 70 + rng.Next(31)) + (footnote ? "[1]" : "") + ".");

        b.Heading("III. NHIỆM VỤ, GIẢI PHÁP");
        var bodyCites = cited.Where(c => c.Relation == "CITES").ToList();
        var item = 1;
        // The task section and the tail take about 1,800 characters; fill the rest with solutions.
        while (b.Length < target - 1800 || item <= 2)
        {
            b.Heading($"{item}. {Capital(Pick(rng, "Về", "Tăng cường", "Đẩy mạnh", "Nâng cao hiệu quả"))} {Pick(rng, "công tác tuyên truyền", "hoàn thiện thể chế", "nguồn lực", "ứng dụng công nghệ", "kiểm tra, giám sát", "phối hợp")}");
            var paragraphs = 1 + rng.Next(3);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentence = Fill(Pick(rng, Phrases.Solutions), subject);
                if (bodyCites.Count > 0 && p == 0)
                {
                    var c = bodyCites[0];
                    bodyCites.RemoveAt(0);
                    sentence += $"; kết quả thực hiện năm trước đã được đánh giá tại {Cite(c.Target, me, rng)}";
                }
                b.Para(sentence + ".");
            }
            item++;
        }

        var tasks = Tasks(b, me, rng);
        if (rng.NextDouble() < 0.3) AnnexTable(b, me, rng);
        Tail(b, me, rng);
        if (footnote) b.Para("[1] " + Fill(Pick(rng, Phrases.Footnotes), me.Date.AddDays(-20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));

        var text = TextNoise.Render(b, rng);
        var path = $"{index / 1000:D4}/{index:D7}_{Slug(me.Code)}.txt";
        var truth = new GroundTruth(path, me.ExpectedKey, me.Code, me.Kind.DocType, me.Level.ToString(), me.IssuerName, me.Province,
            me.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text.Length,
            cited.Select(c => new ExpectedCitation(c.Target.ExpectedKey, c.Target.Code, c.Relation)).ToList(), tasks);
        return new GeneratedDocument(path, text, truth);
    }

    // ---- citations ------------------------------------------------------------------------------------------

    private List<(DocumentIdentity Target, string Relation)> ChooseCitations(DocumentIdentity me, Random rng)
    {
        var result = new List<(DocumentIdentity, string)>();
        void Add(DocumentIdentity? t, string? relation = null)
        {
            if (t is null || result.Any(r => r.Item1.ExpectedKey == t.ExpectedKey)) return;
            result.Add((t, relation ?? t.Kind.Relation));
        }

        var centralBefore = CorpusPlan.CentralBefore(me.Index);
        if (me.Level == IssuingLevel.Central)
        {
            if (me.Kind.Shape != CodeShape.Party && rng.NextDouble() < 0.7) Add(Central(centralBefore, rng, partyOnly: true));
            if (rng.NextDouble() < 0.3) Add(Central(centralBefore, rng, partyOnly: false), "BASED_ON");
            return result;
        }

        var k = CorpusPlan.LocalBefore(me.Index);
        switch (me.Level)
        {
            case IssuingLevel.Province:
                Add(Central(centralBefore, rng, partyOnly: false));
                if (rng.NextDouble() < 0.5) Add(Central(centralBefore, rng, partyOnly: false));
                if (rng.NextDouble() < 0.4) Add(Local(k, rng, IssuingLevel.Province), "BASED_ON");
                break;
            case IssuingLevel.Department:
                Add(Local(k, rng, IssuingLevel.Province) ?? Central(centralBefore, rng, partyOnly: false));
                if (rng.NextDouble() < 0.5) Add(Central(centralBefore, rng, partyOnly: false));
                break;
            default:
                Add(Local(k, rng, IssuingLevel.Province, IssuingLevel.Department) ?? Central(centralBefore, rng, partyOnly: false));
                if (rng.NextDouble() < 0.3) Add(Local(k, rng, IssuingLevel.Province));
                break;
        }
        if (rng.NextDouble() < 0.3) Add(Local(k, rng, IssuingLevel.Province, IssuingLevel.Department), "CITES");
        return result;
    }

    /// <summary>An earlier central document, older ones far more often (a few directives gather thousands of plans).</summary>
    private DocumentIdentity? Central(int centralBefore, Random rng, bool partyOnly)
    {
        if (centralBefore == 0) return null;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var c = (int)(centralBefore * Math.Pow(rng.NextDouble(), 2.5));
            var id = plan.Identity(CorpusPlan.CentralIndex(c));
            if (!partyOnly || id.Kind.Shape == CodeShape.Party) return id;
        }
        return null;
    }

    /// <summary>An earlier document of the same province at one of the given levels, mostly a recent one.</summary>
    private DocumentIdentity? Local(int k, Random rng, params IssuingLevel[] levels)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (plan.EarlierInProvince(k, 1 + rng.Next(40)) is not { } earlier) continue;
            if (levels.Contains(plan.LocalLevel(earlier))) return plan.Identity(CorpusPlan.LocalIndex(earlier));
        }
        return null;
    }

    /// <summary>[type word] [số] CODE ngày DATE của ISSUER về SUBJECT, in the variants real text uses.</summary>
    private static string Cite(DocumentIdentity t, DocumentIdentity me, Random rng)
    {
        var so = rng.NextDouble() < 0.85 ? "số " : "";
        var date = rng.NextDouble() < 0.5
            ? $"ngày {t.Date.Day:D2} tháng {t.Date.Month:D2} năm {t.Date.Year}"
            : $"ngày {t.Date.Day}/{t.Date.Month}/{t.Date.Year}";
        var issuer = t.IssuerName;
        if (t.Level == IssuingLevel.Province && t.Kind.IssuerAbbr == "UBND" && rng.NextDouble() < 0.4)
            issuer = "UBND " + Catalog.ProvincePhrase(Catalog.Provinces63.First(p => p.Name == t.Province));
        return $"{t.Kind.TypeWord} {so}{t.Code} {date} của {issuer} {Pick(rng, "về", "về việc", "về")} {Catalog.Topics[t.Topic]}";
    }

    // ---- parts ----------------------------------------------------------------------------------------------

    private static void Header(Blocks b, DocumentIdentity me, Random rng)
    {
        b.Raw("|");
        if (me.Level == IssuingLevel.Central) b.Raw(string.Join("\n", me.Kind.Header.Select((h, i) => i == 0 ? $"**{h}**" : h)));
        else if (me.Kind.IssuerAbbr == "TU") b.Raw($"**ĐẢNG BỘ {ProvinceUpper(me)}**\nTỈNH ỦY\n*");
        else if (me.Level == IssuingLevel.Department) b.Raw($"**UBND {ProvinceUpper(me)}**\n{me.Kind.Issuer.ToUpperInvariant()}\n-------");
        // A commune header names its province above it: the bare "ỦY BAN NHÂN DÂN / XÃ ..." of some real documents
        // leaves the extractor no province, and the local code would then merge with every other commune's.
        else if (me.Level == IssuingLevel.Commune) b.Raw($"**UBND {ProvinceUpper(me)}**\nỦY BAN NHÂN DÂN {me.Commune!.ToUpperInvariant()}\n-------");
        else b.Raw($"**ỦY BAN NHÂN DÂN**\n{ProvinceUpper(me)}\n-------");
        b.Raw("|");
        b.Raw(me.Kind.Shape == CodeShape.Party ? "**ĐẢNG CỘNG SẢN VIỆT NAM**\n---------------" : "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------");
        b.Raw("|\n|");
        b.Raw(me.Kind.Shape == CodeShape.Party ? $"Số {me.Code}" : $"Số: {me.Code}");
        b.Raw("|");
        var place = me.Level == IssuingLevel.Central ? "Hà Nội" : me.Level == IssuingLevel.Commune ? me.Commune![(me.Commune!.IndexOf(' ') + 1)..] : me.Province!;
        b.Raw($"*{Capital(place)}, ngày {me.Date.Day:D2} tháng {me.Date.Month:D2} năm {me.Date.Year}*");
        b.Raw("|");
        if (rng.NextDouble() < 0.3) b.Raw("** **");
    }

    private static string ProvinceUpper(DocumentIdentity me) =>
        Catalog.ProvincePhrase(Catalog.Provinces63.First(p => p.Name == me.Province)).ToUpperInvariant();

    private static string TitleWord(DocumentKind kind) => kind.TypeWord;

    private static string TitleOf(DocumentIdentity me, string subject) => me.Kind.DocType switch
    {
        "KeHoach" => $"Triển khai thực hiện các nhiệm vụ về {subject} năm {me.Date.Year + 1}",
        "QuyetDinh" => $"Về việc phê duyệt Đề án {subject} giai đoạn {me.Date.Year + 1} - {me.Date.Year + 5}",
        "CongDien" => $"Về việc tập trung chỉ đạo công tác {subject}",
        _ => $"Về {subject}",
    };

    private static void Lettered(Blocks b, Random rng, string[] bank, string subject, int count)
    {
        var start = rng.Next(bank.Length);
        for (var i = 0; i < count; i++)
            b.Para($"{(char)('a' + i)}) {Fill(bank[(start + i) % bank.Length], subject)};");
    }

    /// <summary>Tổ chức thực hiện: a heading per lead unit, its support units and deadline; the truth lists them.</summary>
    private static List<ExpectedTask> Tasks(Blocks b, DocumentIdentity me, Random rng)
    {
        b.Heading("IV. TỔ CHỨC THỰC HIỆN");
        var units = me.Level switch
        {
            IssuingLevel.Central => Phrases.CentralUnits,
            IssuingLevel.Commune => Phrases.CommuneUnits,
            _ => Catalog.Departments.Select(d => d.Name).ToArray(),
        };
        var count = 2 + rng.Next(3);
        var first = rng.Next(units.Length);
        var tasks = new List<ExpectedTask>();
        for (var i = 0; i < count; i++)
        {
            var lead = units[(first + i) % units.Length];
            var support = Enumerable.Range(1, rng.Next(3)).Select(j => units[(first + i + j * 3) % units.Length]).Where(u => u != lead).Distinct().ToList();
            string? deadline = rng.NextDouble() < 0.6 ? Fill(Pick(rng, Phrases.Deadlines), (me.Date.Year + 1).ToString(CultureInfo.InvariantCulture)) : null;
            b.Heading($"{i + 1}. {lead}");
            var with = support.Count > 0 ? $", phối hợp với {string.Join(", ", support)}" : "";
            b.Para($"Chủ trì{with} {Pick(rng, Phrases.TaskVerbs)}" + (deadline is null ? "." : $"; thời gian hoàn thành: {deadline}."));
            tasks.Add(new ExpectedTask(lead, support, deadline));
        }
        b.Para($"Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo {me.IssuerName} để xem xét, giải quyết./.");
        return tasks;
    }

    /// <summary>An annex table flattened one cell a line, as the scraped pages have it.</summary>
    private static void AnnexTable(Blocks b, DocumentIdentity me, Random rng)
    {
        b.Raw("**PHỤ LỤC**");
        b.Raw("DANH MỤC NHIỆM VỤ TRỌNG TÂM");
        var sb = new StringBuilder("|\nSTT\n|\nNội dung nhiệm vụ\n|\nSản phẩm\n|\nThời gian hoàn thành\n|");
        for (var r = 1; r <= 3 + rng.Next(6); r++)
            sb.Append($"\n|\n{r}\n|\n{Capital(Pick(rng, "rà soát", "tổng hợp", "xây dựng", "kiểm tra"))} kết quả thực hiện {Catalog.Topics[(me.Topic + r) % Catalog.Topics.Length]}\n|\n{Pick(rng, "Báo cáo", "Kế hoạch", "Văn bản hướng dẫn")}\n|\nNăm {me.Date.Year + 1}\n|");
        b.Raw(sb.ToString());
    }

    private static void Tail(Blocks b, DocumentIdentity me, Random rng)
    {
        var top = me.Level switch
        {
            IssuingLevel.Central => "- Các Bộ, cơ quan ngang Bộ;\n- UBND các tỉnh, thành phố trực thuộc trung ương;",
            IssuingLevel.Commune => "- Thường trực Đảng ủy xã;\n- Các phòng, ban chuyên môn;",
            _ => "- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành;\n- UBND các xã, phường;",
        };
        b.Raw($"|\n**Nơi nhận:**\n{top}\n- Lưu: VT.\n|\n**{(me.Kind.Shape == CodeShape.Party ? "T/M BAN THƯỜNG VỤ" : "TM. ỦY BAN NHÂN DÂN")}**\n**{Pick(rng, "CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")}**\n\n\n\n\n**{Pick(rng, Phrases.Signers)}**\n|");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static string Pick(Random rng, params string[] options) => options[rng.Next(options.Length)];

    private static string Fill(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static string Slug(string code) => new(code.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
