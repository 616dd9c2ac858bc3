using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Ingest;

/// <summary>Diacritic folding for comparisons (never for stored text): "Đắk Lắk" → "dak lak".</summary>
public static class TextFold
{
    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'd', 'Ð' => 'd', 'ð' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    public static string FoldUpper(string s) => Fold(s).ToUpperInvariant();

    /// <summary>"Lạng Sơn" → "lang-son": ASCII, for keys.</summary>
    public static string Slug(string s)
    {
        var f = Fold(s);
        var sb = new StringBuilder(f.Length);
        var dash = false;
        foreach (var c in f)
        {
            if (char.IsAsciiLetterOrDigit(c)) { sb.Append(c); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().TrimEnd('-');
    }
}
