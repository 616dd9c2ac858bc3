using System.Text;

namespace KnowledgeGraph.Graph.Keys;

/// <summary>Folded forms of codes and provinces, stored beside the written form so lookups forgive spelling.</summary>
public static class LookupKeys
{
    /// <summary>
    /// Số hiệu (document code) for lookup: upper case, no diacritics (Đ → D), no spaces, dashes unified.
    /// "98/NQ-CP", "98/nq-cp" and "98 / NQ – CP" give "98/NQ-CP"; "806/QĐ-TTg" and "806/QD-TTg" give "806/QD-TTG".
    /// </summary>
    public static string? Code(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var folded = TextFold.Ascii(code).ToUpperInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' ? '-' : c);
        }
        return sb.ToString();
    }

    /// <summary>Tỉnh / thành phố for lookup: "Lạng Sơn", "tỉnh Lạng Sơn" and "lang son" give "lang son".</summary>
    public static string? Province(string? province)
    {
        if (string.IsNullOrWhiteSpace(province)) return null;
        var folded = TextFold.Ascii(province);
        foreach (var prefix in (string[])["tinh ", "thanh pho ", "tp. ", "tp "])
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) return folded[prefix.Length..].Trim();
        return folded;
    }
}
