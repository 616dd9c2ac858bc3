using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// How the evaluation decides that an extracted item and a truth item are the same thing. These rules are
/// deliberately independent of the extractor's own normalisation: they are the annotator's idea of "same".
/// </summary>
public static partial class Matching
{
    /// <summary>
    /// Số hiệu (document code) in comparable form: NFC, Ð→Đ, no whitespace, dashes unified, leading zeros of
    /// the number dropped ("08/CT-TTg" = "8/CT-TTg"), upper case. Not folded to ASCII: "QD-TTg" is not "QĐ-TTg"
    /// (an extractor that keeps the ASCII-folded form has not canonicalised it).
    /// </summary>
    public static string CanonCode(string code)
    {
        var s = code.Normalize(NormalizationForm.FormC)
            .Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ')
            .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2010', '-').Replace('\u2011', '-');
        s = Whitespace().Replace(s, "");
        s = LeadingZeros().Replace(s, "");
        return s.ToUpperInvariant();
    }

    public static bool SameCode(string? a, string? b) =>
        a is not null && b is not null && CanonCode(a) == CanonCode(b);

    /// <summary>Lower case, no diacritics (đ→d), punctuation to spaces, single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c switch { 'đ' or 'Đ' or 'ð' or 'Ð' => 'd', _ => char.ToLowerInvariant(c) };
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }
        return Whitespace().Replace(sb.ToString(), " ").Trim();
    }

    // Abbreviations written in the documents (DOMAIN §1, §6), expanded after folding.
    private static readonly (string Abbrev, string Full)[] Abbreviations =
    [
        ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("mttq", "mat tran to quoc"),
        ("btv", "ban thuong vu"), ("bch", "ban chap hanh"), ("bcdtw", "ban chi dao trung uong"),
        ("gd dt", "giao duc va dao tao"), ("gddt", "giao duc va dao tao"), ("ttg", "thu tuong chinh phu"),
        ("tw", "trung uong"), ("vn", "viet nam"), ("cp", "chinh phu"), ("qh", "quoc hoi"),
    ];

    /// <summary><see cref="Fold"/> plus expansion of common abbreviations (UBND, HĐND, MTTQ, ...).</summary>
    public static string FoldExpanded(string? text)
    {
        var f = " " + Fold(text) + " ";
        foreach (var (abbrev, full) in Abbreviations)
            f = f.Replace(" " + abbrev + " ", " " + full + " ");
        return Whitespace().Replace(f, " ").Trim();
    }

    /// <summary>
    /// Cơ quan ban hành (issuer) match. Names are compared after folding and expansion, with the province and
    /// a trailing "tỉnh"/"thành phố" and a party term ("khóa XII") removed; provinces are compared on their own.
    /// The province may sit in the extracted issuer name or in its own field. Containment is not accepted:
    /// "Chính phủ" is not "Thủ tướng Chính phủ".
    /// </summary>
    public static bool SameIssuer(string truthName, string? truthProvince, IEnumerable<string>? truthAliases,
                                  string? name, string? province)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        var effective = EffectiveProvince(name, province, truthProvince);
        if (!SameProvince(truthProvince, effective)) return false;
        var core = IssuerCore(name, truthProvince, province);
        return new[] { truthName }.Concat(truthAliases ?? [])
            .Any(t => IssuerCore(t, truthProvince, province) == core);
    }

    /// <summary>The province an extracted issuer carries: its own field, else a truth province named inside it.</summary>
    public static string? EffectiveProvince(string? name, string? province, string? truthProvince)
    {
        if (!string.IsNullOrWhiteSpace(province)) return province;
        if (truthProvince is not null && (" " + FoldExpanded(name) + " ").Contains(" " + ProvinceCore(truthProvince) + " "))
            return truthProvince;
        return null;
    }

    public static bool SameProvince(string? a, string? b) =>
        (string.IsNullOrWhiteSpace(a) && string.IsNullOrWhiteSpace(b))
        || (!string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && ProvinceCore(a) == ProvinceCore(b));

    /// <summary>"tỉnh Lạng Sơn" → "lang son"; "TP. Hải Phòng" → "hai phong".</summary>
    public static string ProvinceCore(string province)
    {
        var f = Fold(province);
        foreach (var prefix in new[] { "tinh ", "thanh pho ", "tp " })
            if (f.StartsWith(prefix, StringComparison.Ordinal)) f = f[prefix.Length..];
        return f;
    }

    private static string IssuerCore(string name, params string?[] provinces)
    {
        var f = " " + FoldExpanded(name) + " ";
        foreach (var p in provinces)
            if (!string.IsNullOrWhiteSpace(p)) f = f.Replace(" " + ProvinceCore(p) + " ", " ");
        f = PartyTerm().Replace(f, " ");
        f = Whitespace().Replace(f, " ").Trim();
        foreach (var suffix in new[] { " tinh", " thanh pho", " tp" })
            if (f.EndsWith(suffix, StringComparison.Ordinal)) f = f[..^suffix.Length];
        return f.Trim();
    }

    /// <summary>
    /// Title / name match (titles of title-only references, named laws, document titles, relation targets
    /// that are title nodes): after folding, the truth title lies inside the extracted one, or the extracted one
    /// lies inside the truth title and is at least 60 % of its length.
    /// </summary>
    public static bool SameTitle(string truthTitle, string? extracted)
    {
        var t = Fold(truthTitle);
        var e = Fold(extracted);
        if (t.Length == 0 || e.Length == 0) return false;
        if ((" " + e + " ").Contains(" " + t + " ")) return true;
        return (" " + t + " ").Contains(" " + e + " ") && e.Length >= 0.6 * t.Length;
    }

    /// <summary>
    /// Named law (luật) match: folded names equal once a leading "Luật" and a trailing "năm YYYY", "ngày ...",
    /// "số ..." are dropped. Stricter than titles: "Luật Đầu tư" and "Luật Đầu tư công" are different laws.
    /// </summary>
    public static bool SameLawName(string truthName, string? extracted)
    {
        static string Core(string? s)
        {
            var f = " " + Fold(s) + " ";
            f = LawTail().Replace(f, " ");
            f = f.Trim();
            return f.StartsWith("luat ", StringComparison.Ordinal) ? f[5..] : f;
        }
        var t = Core(truthName);
        return t.Length > 0 && t == Core(extracted);
    }

    // Words that precede a unit in an assignment and are not part of its name.
    private static readonly string[] RoleWords = ["giao ", "de nghi ", "thu truong ", "bo truong ", "truong ", "yeu cau ", "giam doc "];

    /// <summary>
    /// Đơn vị (unit) match for lead units: equal after folding, expanding abbreviations, removing parentheses and
    /// the document's province, and dropping role words ("Giao", "Đề nghị", "Thủ trưởng", "Bộ trưởng"). No
    /// containment: a truncated "Báo và Phát thanh" is not "Báo và Phát thanh, Truyền hình Lạng Sơn", and an unsplit
    /// "Các sở, ban, ngành và UBND các huyện, thành phố" is neither unit.
    /// </summary>
    public static bool SameUnit(string truthUnit, string? extracted, string? province)
    {
        var t = UnitCore(truthUnit, province);
        return t.Length > 0 && t == UnitCore(extracted, province);
    }

    public static string UnitCore(string? unit, string? province)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "";
        var f = " " + FoldExpanded(Parenthesis().Replace(unit, " ")) + " ";
        if (!string.IsNullOrWhiteSpace(province))
        {
            var p = ProvinceCore(province);
            f = f.Replace(" tinh " + p + " ", " ").Replace(" thanh pho " + p + " ", " ").Replace(" " + p + " ", " ");
        }
        f = Whitespace().Replace(f, " ").Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var w in RoleWords)
                if (f.StartsWith(w, StringComparison.Ordinal)) { f = f[w.Length..]; changed = true; }
        } while (changed);
        return f.Trim();
    }

    /// <summary>Target units: "%" and "phần trăm" are one; otherwise folded equality.</summary>
    public static bool SameTargetUnit(string a, string? b)
    {
        static string U(string? u) => Fold(u) switch { "" when u?.Trim() == "%" => "%", "phan tram" => "%", var f => f };
        return U(a) == U(b);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The number at the start of a code, and after the first '/' or '-' is not touched: only "08/..." → "8/...".
    [GeneratedRegex(@"^0+(?=\d)")]
    private static partial Regex LeadingZeros();

    [GeneratedRegex(@" (?:nam \d{4}|ngay \d.*|so \d.*)\s*$")]
    private static partial Regex LawTail();

    [GeneratedRegex(@" khoa [ivxlc]+ ")]
    private static partial Regex PartyTerm();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();
}
