using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>The document's own metadata (DOMAIN.md §5): number, type, issuer and province, date, title, signer, recipients.</summary>
public sealed record DocumentHeader(
    CodeMatch? Code, DocType Type, IssuerRef? Issuer, string? Date, string? Title, string? Signer,
    IReadOnlyList<string> Recipients, int PreambleEnd);

public static partial class HeaderExtractor
{
    private const int HeaderWindow = 3000;

    public static DocumentHeader Extract(string text, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var head = text[..Math.Min(text.Length, HeaderWindow)];
        var lines = text.Split('\n');

        // Own number: "Số: 0124/KH-UBND" near the top.
        CodeMatch? code = null;
        if (NumberLine().Match(head) is { Success: true } nl)
        {
            var codes = CodeExtractor.FindAll(text[..Math.Min(text.Length, nl.Index + nl.Length + 60)], rules);
            code = codes.FirstOrDefault(c => c.Start >= nl.Index + nl.Length - 1 && c.Start <= nl.Index + nl.Length + 4);
        }

        // Place-date line: "Đắk Lắk, ngày 18 tháng 11 năm 2025".
        string? date = null;
        if (PlaceDate().Match(head) is { Success: true } pd)
            date = DateParser.ToIso(pd.Groups["d"].Value, pd.Groups["m"].Value, pd.Groups["y"].Value);

        // Type heading and title.
        var (type, title, titleLine) = FindTitle(lines, rules);
        if (type == DocType.Khac && code is not null) type = CodeExtractor.TypeOf(code, rules);

        var issuer = FindIssuer(text, head, code, rules);
        var preambleEnd = PreambleEnd(text, titleLine, lines);
        return new DocumentHeader(code, type, issuer, date, title, FindSigner(text), FindRecipients(lines), preambleEnd);
    }

    private static (DocType, string?, int) FindTitle(string[] lines, RuleSet rules)
    {
        for (var i = 0; i < Math.Min(lines.Length, 60); i++)
        {
            var line = lines[i].Trim();
            // The heading is in capitals; the title may follow on the same line in lower case ("KẾ HOẠCH Thực hiện ...").
            if (line.Length == 0 || line.Length > 400 || !TextNormalizer.IsUpperLine(line.Split(' ', 3) is { Length: >= 2 } w2 ? w2[0] + " " + w2[1] : line)) continue;
            foreach (var w in rules.TypeWords)
            {
                var upper = w.Word.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
                if (!line.StartsWith(upper, StringComparison.Ordinal)) continue;
                if (line.Length > upper.Length && char.IsLetter(line[upper.Length])) continue;
                var rest = line[upper.Length..].Trim(' ', ':', '.');
                // "CỘNG HÒA XÃ HỘI..." and "QUYẾT ĐỊNH:" (the operative part) are not titles.
                if (rest.Length == 0 && line.EndsWith(':')) continue;
                var title = rest.Length > 3 ? rest : null;
                var j = i + 1;
                while (title is null && j < lines.Length && j <= i + 3)
                {
                    var next = lines[j].Trim();
                    if (next.Length > 0 && !TitleStop().IsMatch(next) && next.Length < 400) title = next;
                    else if (next.Length > 0) break;
                    j++;
                }
                if (title is not null && title.StartsWith("(")) title = null;
                return (w.Type, title?.TrimEnd('.', ' '), i);
            }
        }
        return (DocType.Khac, null, -1);
    }

    private static IssuerRef? FindIssuer(string text, string head, CodeMatch? code, RuleSet rules)
    {
        // Header block: everything before the national motto.
        var motto = Motto().Match(head);
        string? name = null;
        string? province = null;
        if (motto.Success && motto.Index > 3)
        {
            var block = IssuerLines(head[..motto.Index]);
            province = Gazetteer.Default.Find(block, bare: true);
            name = HeaderBody(block);
        }
        if (name is null && Builder().Match(head) is { Success: true } b)
        {
            name = b.Groups["who"].Value.Trim();
            province ??= Gazetteer.Default.Find(name);
        }
        if (name is null && code is not null)
        {
            var rule = rules.Issuers.FirstOrDefault(r => r.Canonical == code.IssuerBase || r.Abbr == code.IssuerBase);
            if (rule is not null) name = rule.Name;
        }
        if (SignatureOrg().Match(text, Math.Max(0, text.Length - 2500)) is { Success: true } sig && name is null)
            name = SentenceCase(sig.Groups["org"].Value);

        // Local documents: the province from the header, else the most named province.
        province ??= MostNamedProvince(text);
        if (name is null) return province is null ? null : new IssuerRef("UBND tỉnh " + province, province);
        var isLocal = code is null || (rules.Issuers.FirstOrDefault(r => r.Canonical == code.IssuerBase)?.Local ?? true);
        if (name is "UBND tỉnh" or "Ủy ban nhân dân tỉnh" && province is not null) name = "UBND tỉnh " + province;
        return new IssuerRef(name, isLocal ? province : null);
    }

    /// <summary>
    /// The issuer's lines: the run of capitals just above the national motto. A collector's source URL or title
    /// above them ("Source: https://...", "# Ban hành Kế hoạch ...") is not part of the header.
    /// </summary>
    private static string IssuerLines(string beforeMotto)
    {
        var lines = beforeMotto.Split('\n');
        var first = lines.Length;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Any(char.IsLetter) && !TextNormalizer.IsUpperLine(line)) break;
            first = i;
        }
        return string.Join('\n', lines[first..]);
    }

    /// <summary>"UBND THÀNH PHỐ HẢI PHÒNG SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo"; "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK" → "UBND tỉnh Đắk Lắk".</summary>
    private static string? HeaderBody(string block)
    {
        var flat = Regex.Replace(block, @"[\s\-_|*]+", " ").Trim();
        if (flat.Length < 4) return null;
        var province = Gazetteer.Default.Find(flat, bare: true);
        var rest = flat;
        if (province is not null)
        {
            // Cut the parent body ("UBND THÀNH PHỐ HẢI PHÒNG") off: what follows the province name is the unit.
            var folded = TextFold.Fold(flat);
            var fp = TextFold.Fold(province);
            var at = folded.IndexOf(fp, StringComparison.Ordinal);
            if (at >= 0 && folded.Length == flat.Length) rest = flat[(at + fp.Length)..].Trim();
        }
        if (SubUnit().Match(rest) is { Success: true } sub) return SentenceCase(sub.Value.Trim());
        if (LocalGov().Match(flat) is { Success: true } ub && province is not null)
        {
            var kind = ub.Groups["kind"].Value.StartsWith("H", StringComparison.Ordinal) ? "HĐND" : "UBND";
            var level = Gazetteer.Default.Get(province)?.City == true ? "thành phố" : "tỉnh";
            return $"{kind} {level} {province}";
        }
        var central = flat.Length <= 80 ? flat : flat[..80];
        return SentenceCase(central);
    }

    private static string? MostNamedProvince(string text)
    {
        var counts = new Dictionary<string, int>();
        foreach (Match m in ProvinceMention().Matches(text))
            if (Gazetteer.Default.Find(m.Value) is { } p) counts[p] = counts.GetValueOrDefault(p) + 1;
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>
    /// The signer: the name under the signature title at the end ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"); when
    /// an appendix follows the signature, the first such block anywhere; in a flattened table row, the name after the
    /// title on the same line ("... THỦ TƯỚNG Nguyễn Xuân Phúc").
    /// </summary>
    private static string? FindSigner(string text)
    {
        var tailStart = Math.Max(0, text.Length - 2500);
        return SignerBelowTitle(text[tailStart..], last: true)
            ?? (tailStart > 0 ? SignerBelowTitle(text, last: false) : null)
            ?? InlineSigner().Matches(text).Select(m => m.Groups["n"].Value.Trim()).Where(IsSurname).Select(TitleCase)
                .FirstOrDefault();
    }

    private static string? SignerBelowTitle(string text, bool last)
    {
        string? signer = null;
        var afterTitle = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (SignerTitle().IsMatch(line)) { afterTitle = true; continue; }
            if (!afterTitle || !PersonName().IsMatch(line) || !IsSurname(line)) continue;
            signer = TitleCase(line);
            if (!last) break;
        }
        return signer;
    }

    private static bool IsSurname(string line)
    {
        var first = TextFold.Fold(line.Split(' ')[0]);
        return Surnames.Contains(first);
    }

    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "doan", "trinh", "dinh", "lam", "mai", "to", "ha", "luong", "vuong", "cao", "chu", "thai", "luu", "ta", "trieu", "dao",
        "quach", "kieu", "nong", "lo", "hua", "tang", "lai", "truong", "hau", "giang", "dong", "khuc", "than", "ton", "nghiem",
        "y", "tong", "lac", "van", "tieu", "son", "la", "au", "hoang", "ninh", "bach", "thach", "danh", "kim", "lang", "mac",
    };

    private static IReadOnlyList<string> FindRecipients(string[] lines)
    {
        var result = new List<string>();
        var inList = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                inList = true;
                var rest = line[(line.IndexOf(':') is var c and >= 0 ? c + 1 : line.Length)..].Trim();
                if (rest.StartsWith('-')) AddRecipient(result, rest);
                continue;
            }
            if (!inList) continue;
            if (line.StartsWith('-') || line.StartsWith('+')) AddRecipient(result, line);
            else if (line.Length > 0) break;
        }
        return result;
    }

    private static void AddRecipient(List<string> result, string line)
    {
        foreach (var part in line.Split(" - ", StringSplitOptions.RemoveEmptyEntries))
        {
            var r = RecipientNoise().Replace(part.TrimStart('-', '+', ' '), "").Trim(' ', ';', '.', ',');
            if (r.Length < 2 || r.StartsWith("Lưu", StringComparison.Ordinal)) continue;
            result.Add(r);
        }
    }

    private static int PreambleEnd(string text, int titleLine, string[] lines)
    {
        var pos = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > Math.Max(titleLine, 0) && (FirstSection().IsMatch(lines[i]) || lines[i].StartsWith("QUYẾT ĐỊNH:", StringComparison.Ordinal)))
                return pos;
            pos += lines[i].Length + 1;
        }
        return Math.Min(text.Length, 3000);
    }

    private static string SentenceCase(string caps)
    {
        if (!TextNormalizer.IsUpperLine(caps)) return caps;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var lower = caps.ToLower(vi);
        // Capitalise the first syllable of each name part the way official names do.
        var s = NamePartStart().Replace(lower, m => char.ToUpper(m.Value[0], vi) + m.Value[1..]);
        s = char.ToUpper(s[0], vi) + s[1..];
        foreach (var abbr in new[] { "UBND", "HĐND", "MTTQ", "TW" }) s = Regex.Replace(s, $@"\b{abbr.ToLower(vi)}\b", abbr);
        return s.Replace("Ubnd", "UBND");
    }

    private static string TitleCase(string s)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length == 0 ? w : char.ToUpper(w[0], vi) + w[1..].ToLower(vi)));
    }

    [GeneratedRegex(@"(?:^|\n)\s*Số\s*[:.]?\s*(?=\d)", RegexOptions.None)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"(?<![\p{L}])[\p{Lu}][\p{Ll}]*\.?(?: [\p{Lu}][\p{Ll}]*){0,4}, ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>(?:19|20)\d\d)|(?:^|\n|/[\p{Lu}\-]{2,12} )\s*\*?[\p{Lu}][\p{Ll}]*(?: [\p{Lu}][\p{Ll}]*){0,4}, ngày (?<d>\d{1,2}) ?/ ?(?<m>\d{1,2}) ?/ ?(?<y>(?:19|20)\d\d)")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"CỘNG H[ÒO]A X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T ?NAM|ĐẢNG CỘNG SẢN VIỆT NAM")]
    private static partial Regex Motto();

    [GeneratedRegex(@"(?:^|[.;:,]\s|\n)(?<who>(?:UBND|Ủy ban nhân dân|Sở|Ban|Văn phòng|Phòng|Bộ|Tỉnh ủy|Ban Thường vụ)[\p{L} ]{2,60}?) (?:xây dựng|ban hành|triển khai) (?:Kế hoạch|Chương trình|Quyết định|Hướng dẫn|Đề án)")]
    private static partial Regex Builder();

    [GeneratedRegex(@"(?<![\p{L}])(?:SỞ|BAN|VĂN PHÒNG|PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|BỘ CHỈ HUY|CÔNG AN|THANH TRA|KHO BẠC|TRƯỜNG|BỆNH VIỆN) [\p{Lu} &,\-]{2,60}")]
    private static partial Regex SubUnit();

    [GeneratedRegex(@"(?<kind>UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)")]
    private static partial Regex LocalGov();

    [GeneratedRegex(@"TM\. (?<org>[\p{Lu} ]{4,60})")]
    private static partial Regex SignatureOrg();

    [GeneratedRegex(@"(?:tỉnh|thành phố) [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,3}")]
    private static partial Regex ProvinceMention();

    [GeneratedRegex(@"^(?:TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T)|^(?:PHÓ )?(?:GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|BÍ THƯ|TỔNG BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHÁNH THANH TRA|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|TRƯỞNG PHÒNG|CHỦ NHIỆM)\b")]
    private static partial Regex SignerTitle();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]+)(?: (?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]+)){1,4}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?<![\p{L}])(?:PHÓ )?(?:GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|BÍ THƯ|TỔNG BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|CHÁNH THANH TRA|CỤC TRƯỞNG|CHỦ NHIỆM) (?<n>[\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+){1,4}) *$", RegexOptions.Multiline)]
    private static partial Regex InlineSigner();

    [GeneratedRegex(@"\((?:b/c|để b/c|đ/b|để biết|để thực hiện|thực hiện|t/h|để báo cáo|báo cáo|để chỉ đạo)\)|\(b/c\)", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientNoise();

    [GeneratedRegex(@"^(?:I\s*[\.\-]\s|Điều 1\b|Chương I\b|PHẦN I\b|Phần I\b)")]
    private static partial Regex FirstSection();

    [GeneratedRegex(@"^(?:Căn cứ|Thực hiện\b.*\d+ ?[/-] ?[\p{Lu}]|Kính gửi|\(Kèm theo|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|QUYẾT ĐỊNH|Số:)")]
    private static partial Regex TitleStop();

    [GeneratedRegex(@"(?<=^|\s)(?:giáo dục|đào tạo|tài chính|nội vụ|tư pháp|xây dựng|y tế|công thương|ngoại vụ|khoa học|công nghệ|nông nghiệp|môi trường|văn hóa|thể thao|du lịch|dân tộc|tôn giáo|kế hoạch|đầu tư|tài nguyên|thông tin|truyền thông|lao động|thương binh|xã hội|giao thông|vận tải|phát triển|chính phủ|quốc hội|trung ương|chính trị|bí thư|thường vụ|tỉnh ủy|tỉnh uỷ|nhân dân)(?=\s|$)")]
    private static partial Regex NamePartStart();
}
