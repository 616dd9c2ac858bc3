using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Graph.Keys;

/// <summary>Folding used for lookup keys only; stored names and titles keep their diacritics.</summary>
public static class TextFold
{
    /// <summary>NFC, lower case, collapsed spaces.</summary>
    public static string Lower(string s)
    {
        var nfc = s.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        return CollapseSpaces(nfc.ToLower(CultureInfo.InvariantCulture));
    }

    /// <summary>Lower case without diacritics ("Lạng Sơn" → "lang son"; đ → d).</summary>
    public static string Ascii(string s)
    {
        var lower = Lower(s).Replace('đ', 'd');
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
