using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Số hiệu (document code) found in text, with its parts and canonical spelling.</summary>
public sealed record CodeMatch(int Start, int End, string Canonical, string Number, string? Year, string TypeAbbr, string IssuerAbbr, bool Party)
{
    /// <summary>Issuer part without a trailing term number: QH15 → QH.</summary>
    public string IssuerBase => IssuerAbbr.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
}

/// <summary>
/// Finds document codes in normalised text (DOMAIN.md §1): N/TYPE-ISSUER, N/YYYY/TYPE-ISSUER, N/YYYY/QHk,
/// N-TYPE/ISSUER, tolerating the spaces, folding and Ð that real text puts in them.
/// </summary>
public static partial class CodeExtractor
{
    // Shared fragments, defined once (STYLE.md rule 1).
    private const string Num = @"(?<num>\d{1,5})";
    private const string Year = @"(?<year>(?:19|20)\d\d)";
    private const string Part = @"[A-ZĐƯ][A-ZĐƯa-zđư&]{0,7}";
    private const string Boundary = @"(?<![\d/\p{L}.,-])";
    private const string End = @"(?![\p{L}\d])";

    /// <summary>State bodies: 806/QĐ-TTg, 60/2021/NĐ-CP, 156/KH - UBND, 03/2025/TTLT-BTC-BNV.</summary>
    [GeneratedRegex(Boundary + Num + @" ?/ ?(?:" + Year + @" ?/ ?)?(?<type>" + Part + @") ?- ?(?<iss>" + Part + @"\d{0,3}(?:-[A-ZĐ][A-ZĐa-z&]{1,9}\d{0,3}){0,2})" + End)]
    private static partial Regex StateCode();

    /// <summary>National Assembly and its Standing Committee: 74/2022/QH15, 1234/2024/UBTVQH15.</summary>
    [GeneratedRegex(Boundary + Num + @" ?/ ?" + Year + @" ?/ ?(?<iss>(?:UBTV)?QH\d{1,2})" + End)]
    private static partial Regex AssemblyCode();

    /// <summary>Party bodies: 27-CT/TW, 163-KH/TU, 63-HD/BCĐTW, 08-QĐi/TW.</summary>
    [GeneratedRegex(Boundary + Num + @" ?- ?(?<type>[A-ZĐ][A-ZĐa-z]{0,4}) ?/ ?(?<iss>[A-ZĐƯ][A-ZĐƯa-zđ0-9]{1,11})" + End)]
    private static partial Regex PartyCode();

    public static IReadOnlyList<CodeMatch> FindAll(string text, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        var found = new List<CodeMatch>();
        foreach (Match m in AssemblyCode().Matches(text))
            found.Add(Make(m, rules, party: false, assembly: true));
        foreach (Match m in StateCode().Matches(text))
            if (!Overlaps(found, m.Index, m.Index + m.Length)) found.Add(Make(m, rules, party: false, assembly: false));
        foreach (Match m in PartyCode().Matches(text))
            if (!Overlaps(found, m.Index, m.Index + m.Length) && IsPartyIssuer(m.Groups["iss"].Value))
                found.Add(Make(m, rules, party: true, assembly: false));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Canonical spelling of a code typed by a person or found in text, or null when it is not a code.</summary>
    public static string? Canonicalize(string code)
    {
        var t = TextNormalizer.Normalize(code).Trim();
        var all = FindAll(t);
        return all.Count == 1 && all[0].Start == 0 && all[0].End == t.Length ? all[0].Canonical : null;
    }

    private static bool Overlaps(List<CodeMatch> found, int s, int e) => found.Exists(f => f.Start < e && s < f.End);

    // Party issuers end in TW/TU or name a Party body; "2021-2030/KH" style false positives are excluded by the number rule.
    private static bool IsPartyIssuer(string iss)
    {
        var f = TextFold.FoldUpper(iss);
        return f.EndsWith("TW", StringComparison.Ordinal) || f.EndsWith("TU", StringComparison.Ordinal) ||
               f is "HU" or "QU" or "TU" or "DU" or "DUK" or "BCSD" or "DUCA" or "DUQT" or "BTGTW" or "BTCTW" ||
               f.StartsWith("DU", StringComparison.Ordinal) || f.StartsWith("BCD", StringComparison.Ordinal) || f.EndsWith("U", StringComparison.Ordinal);
    }

    private static CodeMatch Make(Match m, RuleSet rules, bool party, bool assembly)
    {
        var num = m.Groups["num"].Value;
        var year = m.Groups["year"].Success ? m.Groups["year"].Value : null;
        var type = assembly ? "" : CanonicalType(m.Groups["type"].Value, rules);
        var iss = CanonicalIssuer(m.Groups["iss"].Value, rules);
        string canonical = assembly ? $"{num}/{year}/{iss}"
            : party ? $"{num}-{type}/{iss}"
            : year is null ? $"{num}/{type}-{iss}" : $"{num}/{year}/{type}-{iss}";
        return new CodeMatch(m.Index, m.Index + m.Length, canonical, num, year, type, iss, party);
    }

    private static string CanonicalType(string written, RuleSet rules)
    {
        var w = Fix(written);
        return rules.TypeAbbreviations.TryGetValue(TextFold.FoldUpper(w), out var t) ? t.Canonical : w;
    }

    private static string CanonicalIssuer(string written, RuleSet rules)
    {
        var parts = Fix(written).Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var digits = p.Length - p.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length;
            var head = p[..^digits];
            var folded = TextFold.FoldUpper(head);
            // Exact spelling first (TƯ is TW, TU is Tỉnh ủy), then the folded one (QD-TTG → QĐ-TTg).
            var rule = rules.Issuers.FirstOrDefault(r => r.Abbr == head)
                       ?? rules.Issuers.FirstOrDefault(r => TextFold.FoldUpper(r.Abbr) == folded);
            parts[i] = (rule?.Canonical ?? head) + p[^digits..];
        }
        return string.Join('-', parts);
    }

    private static string Fix(string s) => s.Replace('\u00D0', 'Đ').Replace(" ", "");

    /// <summary>The document type that a code's type part stands for.</summary>
    public static DocType TypeOf(CodeMatch code, RuleSet? rules = null)
    {
        rules ??= RuleSet.Default;
        if (code.TypeAbbr.Length == 0) return DocType.NghiQuyet; // N/YYYY/QHk without a type word: most are resolutions
        return rules.TypeAbbreviations.TryGetValue(TextFold.FoldUpper(code.TypeAbbr), out var t) ? t.Type : DocType.Khac;
    }
}
