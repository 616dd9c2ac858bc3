using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Step 1 of extraction: everything downstream assumes its output (DOMAIN.md §1, §5).
/// NFC; Ð (U+00D0) → Đ; Markdown bold/italic markers and flattened-table pipes removed;
/// hard line breaks inside a paragraph repaired, while structural lines (I., 1., a), -, headings,
/// header cells) start paragraphs of their own. Output: one paragraph a line, separated by '\n'.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string raw)
    {
        var text = ReplaceLoneSurrogates(raw).Normalize(NormalizationForm.FormC)
            .Replace('\u00D0', '\u0110') // Icelandic Eth used for Đ in old fonts
            .Replace('\u00F0', '\u0111')
            .Replace('\u00A0', ' ')
            .Replace('\t', ' ')
            .Replace("\r\n", "\n")
            .Replace('\r', '\n')
            .Replace('\u2013', '-') // en dash inside codes and ranges
            .Replace('\u2014', '-')
            .Replace('\u2010', '-')
            .Replace('\u2011', '-')
            .Replace("\u200B", "")
            .Replace("\uFEFF", "");
        text = MarkdownEmphasis().Replace(text, "");
        text = MarkdownEscape().Replace(text, "$1");

        var lines = text.Split('\n');
        // PDF-extracted text often puts a blank line after every line; then a blank line says nothing about
        // paragraphs. Where blank lines are rarer, they are real paragraph breaks.
        // Clean Markdown (one paragraph a line, a blank line between paragraphs) looks the same by that count; it
        // differs in that its lines rarely break mid-sentence (the next line starting in lower case).
        int nonBlank = 0, blank = 0, midSentence = 0;
        string? lastNonBlank = null;
        foreach (var l in lines)
        {
            var t = l.TrimStart(' ', '*', '_', '|');
            if (t.Length == 0 || string.IsNullOrWhiteSpace(l)) { blank++; continue; }
            nonBlank++;
            if (lastNonBlank is not null && char.IsLower(t[0]) && !LowerListMarker().IsMatch(t)) midSentence++;
            lastNonBlank = t;
        }
        var blankIsBreak = blank < nonBlank * 0.6 || midSentence < nonBlank * 0.05;

        var sb = new StringBuilder(text.Length);
        var prev = ""; // previous non-empty line, trimmed
        var pendingBreak = true;
        foreach (var rawLine in lines)
        {
            var line = Spaces().Replace(rawLine, " ").Trim();
            if (line.Length == 0 || line == "|" || TableRule().IsMatch(line))
            {
                // '|' lines are flattened table cell borders, "-----" lines are header rules: both end a paragraph.
                if (line.Length > 0 || blankIsBreak) pendingBreak = true;
                continue;
            }
            if (PageNumber().IsMatch(line)) continue; // page furniture: "8", "- 8 -", "Trang 3"
            if (line.StartsWith("# ", StringComparison.Ordinal)) line = line[2..].Trim();
            line = line.Trim('|', ' ');
            if (line.Length == 0) { pendingBreak = true; continue; }

            var startsParagraph = pendingBreak || StartsParagraph(prev, line);
            if (sb.Length > 0)
            {
                if (startsParagraph) sb.Append('\n');
                else if (!(prev.EndsWith('-') && CodeContinuation().IsMatch(line))) sb.Append(' ');
            }
            sb.Append(line);
            prev = line;
            pendingBreak = false;
        }
        // Removing markers and joining lines can put a combining mark next to a new base letter: compose again.
        var result = sb.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A surrogate without its pair (text cut inside an emoji, a damaged .docx) makes NFC throw; it becomes U+FFFD,
    /// as a UTF-8 decoder does with a broken sequence. Found by <c>ExtractorFuzzTests</c>.
    /// </summary>
    private static string ReplaceLoneSurrogates(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb?.Append(c).Append(s[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
                sb.Append('\uFFFD');
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>"a) ", "đ. ", "b/ ": list items that start in lower case without continuing a sentence.</summary>
    [GeneratedRegex(@"^[a-zđ]\s*[).\/]")]
    private static partial Regex LowerListMarker();

    /// <summary>Whether <paramref name="line"/> begins a new paragraph after <paramref name="prev"/>.</summary>
    private static bool StartsParagraph(string prev, string line)
    {
        if (StructuralStart().IsMatch(line)) return true;
        // "4. Sở Tài chính" ⏎ "Chủ trì, phối hợp ...": a short numbered heading is a paragraph of its own.
        if (prev.Length < 60 && !prev.Contains(',') && StructuralStart().IsMatch(prev) && !".:;".Contains(prev[^1]) && line.Length > 0 && char.IsUpper(line[0]) &&
            !IsUpperLine(line)) return true;
        if (HeaderCell().IsMatch(line)) return true;
        var prevEnds = prev.Length > 0 && ".:;!?\"”)".Contains(prev[^1]);
        var prevIsCaps = IsUpperLine(prev);
        var lineIsCaps = IsUpperLine(line);
        // A heading in capitals after body text, or body text after a heading.
        if (prevIsCaps != lineIsCaps && (prevEnds || prevIsCaps || (lineIsCaps && line.Length > 12))) return true;
        if (prevEnds && line.Length > 0 && (char.IsUpper(line[0]) || line[0] is '“' or '"' or '(')) return true;
        return false;
    }

    /// <summary>True for lines written in capitals (headings, issuer names), ignoring digits and punctuation.</summary>
    public static bool IsUpperLine(string line)
    {
        int letters = 0, upper = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 3 && upper >= letters * 0.85;
    }

    // **bold**, __bold__, *italic* markers; they may cut words ("KẾ HOẠ**CH").
    [GeneratedRegex(@"\*\*|__|(?<![\p{L}\d])\*(?=\S)|(?<=\S)\*(?![\p{L}\d])|^\*|\*$", RegexOptions.Multiline)]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"\\([\-\.\*\(\)\[\]_#+])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"[ \u00A0\u2000-\u200A\u202F\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang \d{1,3}(?:/\d{1,3})?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-=_|:\s]{3,}$")]
    private static partial Regex TableRule();

    // I. II. 1. 1.2. a) b) đ) - + • and "Điều 5." / "Chương II" / "Mục 1"
    [GeneratedRegex(@"^(?:[IVXLC]{1,6}\s*[\.\-–)]\s|\d{1,2}(?:\.\d{1,2}){0,3}\s*[\.)]\s|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s|[a-zđ]\s*\)\s|[-+•–]\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+\b|Phụ lục\b|PHỤ LỤC\b)")]
    private static partial Regex StructuralStart();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{Ll}]*(?: [\p{Lu}][\p{Ll}]*){0,4}, ngày \d|Số\s*:|Số\s+\d|Nơi nhận|TM\.|KT\.|Q\.|TL\.|TUQ\.|T/M|K/T|Kính gửi|Căn cứ\b|Thực hiện\b)")]
    private static partial Regex HeaderCell();

    // "27-" ⏎ "CT/TW": a code broken after its hyphen continues without a space.
    [GeneratedRegex(@"^[A-ZĐ]{1,6}(?:[/\-][A-ZĐa-zđ\d]+)*\b")]
    private static partial Regex CodeContinuation();
}
