using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Section structure (DOMAIN.md §5): I./II. (level 1), 1./2. (level 2), a)/b) (level 3); "Điều N" as level 1.</summary>
public static partial class SectionExtractor
{
    public static List<SectionRecord> Extract(string text)
    {
        var result = new List<SectionRecord>();
        string roman = "", num = "";
        var pos = 0;
        foreach (var line in text.Split('\n'))
        {
            var m = Marker().Match(line);
            if (m.Success)
            {
                var heading = line.Length > 160 ? line[..160] : line;
                if (m.Groups["roman"].Success) { roman = m.Groups["roman"].Value; num = ""; result.Add(new SectionRecord(roman, heading, pos, 1)); }
                else if (m.Groups["dieu"].Success) { roman = "Điều " + m.Groups["dieu"].Value; num = ""; result.Add(new SectionRecord(roman, heading, pos, 1)); }
                else if (m.Groups["num"].Success) { num = m.Groups["num"].Value; result.Add(new SectionRecord(Join(roman, num), heading, pos, 2)); }
                else if (m.Groups["letter"].Success) result.Add(new SectionRecord(Join(Join(roman, num), m.Groups["letter"].Value), heading, pos, 3));
            }
            pos += line.Length + 1;
        }
        return result;
    }

    /// <summary>Label of the innermost section that contains <paramref name="offset"/>.</summary>
    public static string? LabelAt(IReadOnlyList<SectionRecord> sections, int offset)
    {
        string? label = null;
        foreach (var s in sections)
        {
            if (s.Start > offset) break;
            label = s.Label;
        }
        return label;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "." + b;

    [GeneratedRegex(@"^(?:(?<roman>[IVX]{1,5})\s*[\.\-]\s|Điều\s+(?<dieu>\d{1,3})\b|(?<num>\d{1,2})\s*\.\s(?!\d)|(?<letter>[a-zđ])\s*\)\s)")]
    private static partial Regex Marker();
}
