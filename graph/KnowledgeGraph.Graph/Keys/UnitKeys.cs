using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph.Keys;

/// <summary>
/// Cơ quan, đơn vị (unit) identity: a unit is its normalised name within the province of the document that names
/// it ("Sở Tài chính" in a Lạng Sơn plan is Sở Tài chính of Lạng Sơn). The name as written is kept elsewhere.
/// </summary>
public static class UnitKeys
{
    private sealed record CompiledRewrite(Regex Pattern, string? Replacement, bool MoveTone);

    private static readonly CompiledRewrite[] Rewrites = UnitKeyRules.Embedded.Rewrites
        .Select(r => new CompiledRewrite(new Regex(r.Pattern, RegexOptions.CultureInvariant), r.Replacement, r.Action == "move-tone-left"))
        .ToArray();

    private static readonly (string Level, Regex Pattern)[] Levels = UnitKeyRules.Embedded.Levels
        .Select(l => (l.Level, new Regex(l.Pattern, RegexOptions.CultureInvariant)))
        .ToArray();

    /// <summary>Separates the normalised name from the folded province inside a unit key.</summary>
    public const char Separator = '|';

    /// <summary>The unit key: normalised name, '|', folded province (empty for central bodies).</summary>
    public static string Key(string name, string? province) =>
        NormalizeName(name, province) + Separator + (LookupKeys.Province(province) ?? "");

    /// <summary>The name part of the key: NFC, lower case, abbreviations expanded, the scoping province removed.</summary>
    public static string NormalizeName(string name, string? province)
    {
        var s = TextFold.Lower(name).Trim(' ', '.', ',', ';', ':', '-', '+', '•');
        foreach (var r in Rewrites)
            s = r.MoveTone ? r.Pattern.Replace(s, MoveToneLeft) : r.Pattern.Replace(s, r.Replacement ?? "");
        s = TextFold.CollapseSpaces(s);
        s = StripProvince(s, province);
        return s;
    }

    /// <summary>Cấp (tier): central, province, district or commune, from the level rules.</summary>
    public static string Level(string normalizedName, string? province)
    {
        foreach (var (level, pattern) in Levels)
            if (pattern.IsMatch(normalizedName)) return level;
        var defaults = UnitKeyRules.Embedded.DefaultLevel;
        return string.IsNullOrWhiteSpace(province) ? defaults.WithoutProvince : defaults.WithProvince;
    }

    /// <summary>The province part of a key ("" when central).</summary>
    public static string ProvinceOf(string key) => key[(key.LastIndexOf(Separator) + 1)..];

    private static string StripProvince(string s, string? province)
    {
        if (!string.IsNullOrWhiteSpace(province))
        {
            var p = TextFold.Lower(LookupKeysProvinceName(province));
            foreach (var suffix in (string[])[$" tỉnh {p}", $" thành phố {p}", $" tp. {p}", $" tp {p}", $" {p}"])
            {
                if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length)
                {
                    s = s[..^suffix.Length];
                    break;
                }
            }
        }
        // "UBND tỉnh" inside a provincial document is that province's UBND; a group ("các huyện, thành phố") is not.
        if (!s.Contains("các ", StringComparison.Ordinal) && !s.Contains(',', StringComparison.Ordinal))
        {
            foreach (var bare in (string[])[" tỉnh", " thành phố"])
                if (s.EndsWith(bare, StringComparison.Ordinal) && s.Length > bare.Length) { s = s[..^bare.Length]; break; }
        }
        return s.TrimEnd();
    }

    /// <summary>The province as a bare name: "tỉnh Lạng Sơn" → "Lạng Sơn".</summary>
    private static string LookupKeysProvinceName(string province)
    {
        var lower = TextFold.Lower(province);
        foreach (var prefix in (string[])["tỉnh ", "thành phố ", "tp. ", "tp "])
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return lower[prefix.Length..];
        return lower;
    }

    private static string MoveToneLeft(Match m)
    {
        var vowel = m.Groups[1].Value;
        var toned = m.Groups[2].Value.Normalize(NormalizationForm.FormD);
        // toned = base letter + marks; the tone is the last combining mark (a hat or horn stays on its letter).
        var tone = toned[^1];
        var bare = toned[..^1].Normalize(NormalizationForm.FormC);
        var moved = (vowel + tone).Normalize(NormalizationForm.FormC);
        var whole = m.Value;
        return whole[..(m.Groups[1].Index - m.Index)] + moved + bare;
    }
}
