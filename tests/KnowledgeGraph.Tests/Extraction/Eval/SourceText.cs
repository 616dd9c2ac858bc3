using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// The raw text of a shared document, read independently of the extractor's normaliser, to quote the passage
/// a missed item comes from in failure messages and to check that truth codes really occur in the document.
/// </summary>
public static partial class SourceText
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>NFC, Ð→Đ, all whitespace runs (including the blank line after every PDF line) to one space.</summary>
    public static string Flat(string path) => Cache.GetOrAdd(path, p =>
        Spaces().Replace(File.ReadAllText(p).Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ'), " "));

    /// <summary>
    /// A pattern for a code as real text writes it: spaces or a line break around '/' and '-', any dash,
    /// Ð/Đ/D for Đ, leading zeros, not glued to a longer number or word.
    /// </summary>
    public static Regex CodePattern(string canonicalCode)
    {
        var sb = new StringBuilder(@"(?<![\p{L}\d])0*");
        foreach (var c in canonicalCode.Normalize(NormalizationForm.FormC))
        {
            sb.Append(c switch
            {
                '/' => @"\s*/\s*",
                '-' => @"\s*[-\u2010-\u2014]\s*",
                'Đ' => "[ĐÐD]",
                'đ' => "[đðd]",
                ' ' => @"\s*",
                _ => Regex.Escape(c.ToString()),
            });
        }
        sb.Append(@"(?![\p{L}\d])");
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static bool Mentions(string path, string code) => CodePattern(code).IsMatch(Flat(path));

    /// <summary>About <paramref name="radius"/> characters either side of the first mention, or null.</summary>
    public static string? Passage(string path, string code, int radius = 110)
    {
        var text = Flat(path);
        var m = CodePattern(code).Match(text);
        if (!m.Success) return null;
        var start = Math.Max(0, m.Index - radius);
        var end = Math.Min(text.Length, m.Index + m.Length + radius);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>Passage around the first occurrence of a phrase, compared without diacritics.</summary>
    public static string? PassageOfPhrase(string path, string phrase, int radius = 90)
    {
        var text = Flat(path);
        var folded = Matching.Fold(phrase);
        if (folded.Length == 0) return null;
        // Fold keeps one char per base char only for precomposed text; search word by word instead.
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToArray();
        var pattern = string.Join(@"[^\p{L}\d]+", words.Select(w => string.Concat(w.Select(ch => $"[{ch}{Variants(ch)}]"))));
        var m = Regex.Match(RemoveMarks(text), pattern, RegexOptions.IgnoreCase);
        if (!m.Success) return null;
        var start = Math.Max(0, m.Index - radius);
        var end = Math.Min(text.Length, m.Index + m.Length + radius);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    private static string Variants(char c) => c == 'd' ? "D" : char.ToUpperInvariant(c).ToString();

    // Same length as the input: every precomposed letter becomes its base letter (đ→d), so indexes line up.
    private static string RemoveMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is 'đ' or 'Đ') { sb.Append('d'); continue; }
            var d = ch.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(d.Length > 0 && char.IsLetter(d[0]) ? d[0] : ch);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

public static partial class SourceText
{
    /// <summary><see cref="PassageOfPhrase"/> that tolerates a missing path and phrases it cannot find.</summary>
    public static string? PassageOfPhraseSafe(string? path, string phrase) =>
        path is null ? null : PassageOfPhrase(path, phrase);
}
