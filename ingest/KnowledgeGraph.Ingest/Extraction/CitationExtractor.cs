using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>One place where a document is cited, parsed along DOMAIN.md §3:
/// [type word] [số] CODE[,] [ngày D/M/Y] [của ISSUER] [về ...] SUBJECT.</summary>
public sealed record CitationMention
{
    public required int Start { get; init; }        // type word (or code) start
    public required int CodeStart { get; init; }
    public required int CodeEnd { get; init; }
    public required int TailEnd { get; init; }      // after date and issuer
    public required int SubjectEnd { get; init; }
    public CodeMatch? Code { get; init; }
    public required DocType Type { get; init; }
    public bool TypeFromWord { get; init; }
    public string? Date { get; init; }
    public string? Issuer { get; init; }
    public string? Province { get; init; }
    public bool Local { get; init; }
    public string? Subject { get; init; }
    public int SubjectStart { get; init; }
    public bool ByTitle { get; init; }
    public string? TitleKey { get; init; }           // for code-less references
    public string? KnownCode { get; init; }          // title resolved to this code
}

/// <summary>Finds every citation of another document: coded ones, known titles and named laws.</summary>
public static partial class CitationExtractor
{
    private const int TypeWordWindow = 90;

    public static List<CitationMention> Extract(string text, string? citingProvince, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var codes = CodeExtractor.FindAll(text, rules);
        var mentions = new List<CitationMention>(codes.Count);
        CitationMention? prev = null;
        foreach (var code in codes)
        {
            var m = ParseCoded(text, code, prev, citingProvince, rules);
            mentions.Add(m);
            prev = m;
        }
        // Subjects end where the next citation begins.
        for (var i = 0; i + 1 < mentions.Count; i++)
            if (mentions[i].SubjectEnd > mentions[i + 1].Start)
                mentions[i] = TrimSubject(text, mentions[i], mentions[i + 1].Start);

        AddLaws(text, mentions, rules);
        AddKnownTitles(text, mentions, rules);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    private static CitationMention ParseCoded(string text, CodeMatch code, CitationMention? prev, string? citingProvince, RuleSet rules)
    {
        // Type word before the code: "Chỉ thị số 27-CT/TW", "Luật Tiết kiệm, chống lãng phí số 110/2025/QH15".
        var (start, type, fromWord) = FindTypeWord(text, code, prev, rules);

        var pos = code.End;
        string? date = null;
        var ngay = DateParser.NgayPrefix().Match(text, pos);
        if (ngay.Success && DateParser.ParseAtStart(text.AsSpan(ngay.Index + ngay.Length, Math.Min(40, text.Length - ngay.Index - ngay.Length))) is { } d)
        {
            date = d.Iso;
            pos = ngay.Index + ngay.Length + d.Length;
        }
        else if (DateFromYearCode(code) is null && ShortDateAfter().Match(text, pos) is { Success: true } sd &&
                 DateParser.ParseAtStart(text.AsSpan(sd.Index + sd.Length, Math.Min(20, text.Length - sd.Index - sd.Length))) is { } d2)
        {
            date = d2.Iso;
            pos = sd.Index + sd.Length + d2.Length;
        }

        string? issuer = null;
        var issuerMatch = IssuerPhrase().Match(text, pos);
        if (issuerMatch.Success)
        {
            issuer = CleanIssuer(issuerMatch.Groups["iss"].Value);
            pos = issuerMatch.Index + issuerMatch.Length;
            // "Hội nghị lần thứ sáu của Ban Chấp hành Trung ương Đảng khóa XII": the body is the one holding the plenum.
            if (string.CompareOrdinal(text, issuerMatch.Groups["iss"].Index, "Hội nghị", 0, 8) == 0 &&
                PlenumBody().Match(text, issuerMatch.Groups["iss"].Index, Math.Min(80, text.Length - issuerMatch.Groups["iss"].Index)) is { Success: true } pb)
            {
                issuer = pb.Groups["body"].Value;
                pos = pb.Index + pb.Length;
            }
        }

        var rule = IssuerRuleOf(code, rules);
        var local = rule?.Local ?? LooksLocal(code.IssuerAbbr);
        string? province = issuer is not null ? Gazetteer.Default.Find(issuer) : null;
        if (province is null && local) province = citingProvince;
        issuer = NormalizeIssuer(issuer, rule, code, province);

        // Subject: "về ...", "ban hành ...", "về việc ..." up to the clause end.
        var subjStart = pos;
        var subjEnd = pos;
        var sm = SubjectLead().Match(text, pos);
        if (sm.Success)
        {
            subjStart = sm.Index + sm.Length;
            subjEnd = subjStart;
            while (subjEnd < text.Length && subjEnd - subjStart < 400 && !TextSpans.IsClauseEnd(text, subjEnd)) subjEnd++;
        }
        var subject = subjEnd > subjStart ? CleanSubject(text[subjStart..subjEnd]) : null;

        return new CitationMention
        {
            Start = start, CodeStart = code.Start, CodeEnd = code.End, TailEnd = pos,
            SubjectStart = sm.Success ? sm.Index : pos, SubjectEnd = subjEnd,
            Code = code, Type = type, TypeFromWord = fromWord, Date = date,
            Issuer = issuer, Province = local ? province : null, Local = local, Subject = subject,
        };
    }

    private static string? DateFromYearCode(CodeMatch code) => code.Year;

    private static (int Start, DocType Type, bool FromWord) FindTypeWord(string text, CodeMatch code, CitationMention? prev, RuleSet rules)
    {
        var winStart = Math.Max(0, code.Start - TypeWordWindow);
        if (prev is not null && prev.CodeEnd > winStart) winStart = prev.CodeEnd;
        var window = text.AsSpan(winStart, code.Start - winStart);
        var cut = window.LastIndexOfAny(";\n");
        if (cut >= 0) { winStart += cut + 1; window = window[(cut + 1)..]; }

        var best = -1;
        TypeWordRule? bestRule = null;
        foreach (var rule in rules.TypeWords)
        {
            var i = window.LastIndexOf(rule.Word, StringComparison.OrdinalIgnoreCase);
            if (i < 0 || i <= best) continue;
            if (i > 0 && char.IsLetter(window[i - 1])) continue;
            var after = i + rule.Word.Length;
            if (after < window.Length && char.IsLetter(window[after])) continue;
            var between = window[after..].ToString();
            var adjacent = AdjacentGap().IsMatch(between);
            // Laws and ordinances carry their name between the word and "số".
            var named = rule.Type is DocType.Luat or DocType.Khac && between.Length < 80 && NamedGap().IsMatch(between);
            if (!adjacent && !named) continue;
            best = i;
            bestRule = rule;
        }
        if (bestRule is not null) return (winStart + best, bestRule.Type, true);

        // "các Nghị quyết số 01/NQ-CP, 02/NQ-CP và 03/NQ-CP": a list continues the previous type word.
        if (prev is { TypeFromWord: true } && prev.Code is { } pc && TextFold.FoldUpper(pc.TypeAbbr) == TextFold.FoldUpper(code.TypeAbbr))
        {
            var gap = text.AsSpan(prev.CodeEnd, code.Start - prev.CodeEnd).ToString();
            if (ListGap().IsMatch(gap)) return (code.Start, prev.Type, true);
        }
        return (code.Start, CodeExtractor.TypeOf(code, rules), false);
    }

    private static IssuerRule? IssuerRuleOf(CodeMatch code, RuleSet rules)
    {
        var last = code.IssuerAbbr.Split('-')[0];
        var baseAbbr = last.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return rules.Issuers.FirstOrDefault(r => r.Canonical == baseAbbr || r.Abbr == baseAbbr);
    }

    /// <summary>Unknown issuer abbreviations of departments (S..., P..., BQL...) are local.</summary>
    private static bool LooksLocal(string iss)
    {
        var f = TextFold.FoldUpper(iss.Split('-')[0]);
        return f.Length >= 2 && (f[0] == 'S' || f.StartsWith("BQL", StringComparison.Ordinal) || f.StartsWith("UB", StringComparison.Ordinal) ||
                                 f.StartsWith("HD", StringComparison.Ordinal) || f.EndsWith('U') || f.StartsWith("PGD", StringComparison.Ordinal));
    }

    private static string? NormalizeIssuer(string? written, IssuerRule? rule, CodeMatch code, string? province)
    {
        if (written is not null)
        {
            var folded = TextFold.Fold(written);
            foreach (var known in KnownCentral)
                if (TextFold.Fold(known) == folded) return known;
            // "UBND tỉnh", "Ủy ban nhân dân tỉnh" with no name: the citing document's province.
            if (province is not null && BareLocal().IsMatch(written))
                return Gazetteer.Default.Get(province)?.City == true ? $"{written.Replace(" tỉnh", "").Replace(" thành phố", "")} thành phố {province}" : $"{written} {province}";
            return written;
        }
        if (rule is null) return null;
        if (rule.Local)
        {
            var level = province is not null && Gazetteer.Default.Get(province)?.City == true ? "thành phố" : "tỉnh";
            var name = rule.Canonical switch
            {
                "UBND" => "UBND " + level,
                "HĐND" => "HĐND " + level,
                "TU" => "Tỉnh ủy",
                _ => rule.Name,
            };
            return province is null ? name : $"{name} {province}";
        }
        if (code.IssuerBase is "QH") return "Quốc hội";
        return rule.Name;
    }

    private static readonly string[] KnownCentral =
    [
        "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "Chính phủ", "Thủ tướng Chính phủ",
        "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Văn phòng Chính phủ", "Ban Chỉ đạo Trung ương", "Bộ Tài chính", "Bộ Nội vụ",
        "Bộ Kế hoạch và Đầu tư", "Chủ tịch nước", "Phó Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ",
    ];

    private static string CleanIssuer(string s)
    {
        s = s.Trim().TrimEnd(',', ' ', ':');
        return s.Replace("Tỉnh uỷ", "Tỉnh ủy").Replace("Uỷ ban", "Ủy ban");
    }

    private static string CleanSubject(string s)
    {
        s = s.Trim().Trim('“', '”', '"', ' ', ',', ':');
        return s.Length > 300 ? s[..300] : s;
    }

    private static CitationMention TrimSubject(string text, CitationMention m, int end)
    {
        var subjEnd = Math.Max(m.SubjectStart, Math.Min(m.SubjectEnd, end));
        var subjStart = Math.Min(m.SubjectStart, subjEnd);
        var subject = subjEnd > subjStart ? CleanSubject(SubjectLead().Replace(text[subjStart..subjEnd], "", 1)) : null;
        return m with { SubjectEnd = subjEnd, Subject = string.IsNullOrWhiteSpace(subject) ? null : subject };
    }

    private static void AddLaws(string text, List<CitationMention> mentions, RuleSet rules)
    {
        foreach (Match m in LawWord().Matches(text))
        {
            var at = m.Index;
            foreach (var law in rules.Laws)
            {
                var matched = new[] { law.Name }.Concat(law.Aliases ?? []).FirstOrDefault(n =>
                    string.Compare(text, at, n, 0, n.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                    (at + n.Length == text.Length || !char.IsLetter(text[at + n.Length])));
                if (matched is null) continue;
                var end = m.Index + matched.Length;
                // "Luật Đầu tư công số 58/2024/QH15": the coded citation already covers it.
                if (mentions.Exists(c => c.Code is not null && c.Start <= m.Index && c.CodeEnd >= end) ||
                    mentions.Exists(c => c.Code is not null && c.CodeStart >= end && c.CodeStart - end <= 12)) break;
                var date = DateAfterLaw().Match(text, end) is { Success: true } dm
                    ? DateParser.ParseAtStart(text.AsSpan(dm.Index + dm.Length, Math.Min(20, text.Length - dm.Index - dm.Length)))?.Iso
                    : null;
                mentions.Add(new CitationMention
                {
                    Start = m.Index, CodeStart = m.Index, CodeEnd = end, TailEnd = end, SubjectStart = end, SubjectEnd = end,
                    Type = DocType.Luat, TypeFromWord = true, ByTitle = true, Issuer = "Quốc hội", Date = date,
                    Subject = law.Name, TitleKey = "law:" + TextFold.Slug(law.Name),
                });
                break;
            }
        }
    }

    private static void AddKnownTitles(string text, List<CitationMention> mentions, RuleSet rules)
    {
        var folded = TextFold.Fold(text); // same length as text for NFC Vietnamese (one char per letter)
        if (folded.Length != text.Length) return;
        foreach (var t in rules.KnownTitles)
        {
            var ft = Regex.Escape(TextFold.Fold(t.Title)).Replace(@"\ ", @"\s*").Replace("-", @"\s*-\s*");
            foreach (Match m in Regex.Matches(folded, ft))
            {
                if (mentions.Exists(c => c.Start <= m.Index && m.Index < c.TailEnd)) continue; // inside a coded citation itself; in its subject it is a reference of its own
                mentions.Add(new CitationMention
                {
                    Start = m.Index, CodeStart = m.Index, CodeEnd = m.Index + m.Length, TailEnd = m.Index + m.Length,
                    SubjectStart = m.Index, SubjectEnd = m.Index + m.Length,
                    Type = t.Type, TypeFromWord = true, ByTitle = true, Issuer = t.Issuer, Date = t.Date,
                    Subject = text.Substring(m.Index, m.Length), KnownCode = t.Code,
                });
            }
        }
    }

    [GeneratedRegex(@"^[ ,]*(?:hành động|liên tịch|liên ngành)?[ ,]*(?:số|Số)?[ :]*(?:hiệu)?[ :]*$")]
    private static partial Regex AdjacentGap();

    [GeneratedRegex(@"^[ \p{L},\-–()]{0,80}?\bsố[ :]*$")]
    private static partial Regex NamedGap();

    [GeneratedRegex(@"^[ ,;]*(?:và|,|;)?[ ]*(?:số[ ]*)?$|^[ ,]*(?:ngày [\d/ ]+)?[ ,]*(?:và|,)[ ]*(?:số[ ]*)?$")]
    private static partial Regex ListGap();

    [GeneratedRegex(@"\G[ ,]*(?:ban hành |ký )?(?:ngày|ngảy|ngầy)?[ ]*(?=\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{4})")]
    private static partial Regex ShortDateAfter();

    /// <summary>"của Thủ tướng Chính phủ", or an issuer named without "của" ("ngày 28/4/2025 Ban Chỉ đạo Trung ương").
    /// After the first word a name continues over capitalised words, the lower-case name syllables of units.json, and
    /// "và" / "-" between parts of one name ("Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội"),
    /// but not "và" before a second body ("Bộ Tài chính và Bộ Nội vụ").</summary>
    private static readonly Regex IssuerRx = new(
        @"\G[ ,]*(?:(?:của|do)\s+(?<iss>(?:[\p{Lu}][\p{L}&]*|tỉnh|thành phố)(?:[ ](?!(?i:ban hành|tổ chức thực|triển khai|thực hiện|căn cứ|tại)(?![\p{L}]))(?:UBND|HĐND|MTTQ|TW|[\p{Lu}][\p{Ll}&\-]*|(?:SYLL)(?![\p{L}])|(?:và|-)(?= [\p{Lu}])(?! (?:Bộ|Sở|Ủy|UBND|HĐND|Ban|Văn phòng|Tỉnh|Thủ tướng|Chính phủ|Quốc hội|Hội đồng|Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Thông tư|Nghị định|Luật|Công văn|Chương trình|Đề án|Kết luận|Thông báo|Hướng dẫn|Công điện|Pháp lệnh|Hiến pháp|Văn bản|Báo cáo|Tờ trình)(?![\p{L}])))){0,12})|(?<iss>(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Ban Chỉ đạo(?: [\p{Lu}][\p{L}]*| ương| đạo){0,5}|Chính phủ|Thủ tướng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|UBND(?: tỉnh| thành phố)?(?: [\p{Lu}][\p{L}]*){0,3}|HĐND(?: tỉnh| thành phố)?(?: [\p{Lu}][\p{L}]*){0,3}|Ban Thường vụ Tỉnh [uủ]ỷ?|Tỉnh [uủ]ỷ?)))(?![\p{L}])".Replace("SYLL", string.Join("|", RuleSet.Default.Units.NameSyllables.Concat(["tướng", "phủ", "bí", "thư", "chấp", "đảng"]).Distinct())),
        RegexOptions.Compiled);

    private static Regex IssuerPhrase() => IssuerRx;

    [GeneratedRegex(@"\G[ ,:]*(?:về việc|V/v|về|ban hành|quy định|hướng dẫn|phê duyệt|triển khai|thực hiện|sửa đổi|thông qua|(?=“|""))[ ]*", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"của (?<body>Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Quốc hội|Hội đồng nhân dân tỉnh(?: [\p{Lu}][\p{Ll}]*){0,3})")]
    private static partial Regex PlenumBody();

    [GeneratedRegex(@"(?<![\p{L}])Luật(?=[ ])")]
    private static partial Regex LawWord();

    [GeneratedRegex(@"\G[ ,]*(?:năm \d{4}[ ,]*)?(?:ngày )(?=\d)")]
    private static partial Regex DateAfterLaw();

    [GeneratedRegex(@"^(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Ban Thường vụ Tỉnh ủy)(?: tỉnh| thành phố)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLocal();
}
