using System.Text;
using KnowledgeGraph.Search.Analysis;

namespace KnowledgeGraph.Search.Codes;

/// <summary>
/// Số hiệu (document code) in the folded canonical form the index stores and queries compare:
/// NFC, diacritics folded (Đ→D), upper case, no spaces, the number without leading zeros.
/// "806/qđ-ttg", "806/QD-TTg" and "806/QĐ-TTg" are all "806/QD-TTG"; "08/CT-TTg" is "8/CT-TTG".
/// </summary>
public static class DocumentCode
{
    public static string Canonical(string code)
    {
        var folded = TextFolding.Fold(code).ToUpperInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c is '\u2013' or '\u2014' or '\u2010' or '\u2011' ? '-' : c);
        }
        var digits = 0;
        while (digits < sb.Length && char.IsAsciiDigit(sb[digits])) digits++;
        var zeros = 0;
        while (zeros < digits - 1 && sb[zeros] == '0') zeros++;
        sb.Remove(0, zeros);
        return sb.ToString();
    }

    /// <summary>The number a code starts with, without leading zeros ("08/CT-TTg" → "8"); null when it has none.</summary>
    public static string? Number(string code)
    {
        var canonical = Canonical(code);
        var digits = 0;
        while (digits < canonical.Length && char.IsAsciiDigit(canonical[digits])) digits++;
        return digits == 0 ? null : canonical[..digits];
    }

    /// <summary>A bare number typed as a query ("0806") in the form <see cref="Number"/> returns.</summary>
    public static string CanonicalNumber(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }
}
