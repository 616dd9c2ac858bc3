using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Vietnamese dates: "22/4/2025", "02-6-2025", "ngày 18 tháng 11 năm 2025".</summary>
public static partial class DateParser
{
    [GeneratedRegex(@"^(?<d>\d{1,2}) ?[/.\-] ?(?<m>\d{1,2}) ?[/.\-] ?(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>\d{1,2}) tháng (?<m>\d{1,2}),? năm (?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Words();

    /// <summary>A date at the start of <paramref name="s"/>: ISO form and matched length, or null.</summary>
    public static (string Iso, int Length)? ParseAtStart(ReadOnlySpan<char> s)
    {
        foreach (var rx in new[] { Numeric(), Words() })
        {
            foreach (var m in rx.EnumerateMatches(s))
            {
                var str = s[..m.Length].ToString();
                var g = rx.Match(str);
                if (ToIso(g.Groups["d"].Value, g.Groups["m"].Value, g.Groups["y"].Value) is { } iso) return (iso, m.Length);
                break;
            }
        }
        return null;
    }

    public static string? ToIso(string d, string m, string y)
    {
        if (!int.TryParse(d, out var day) || !int.TryParse(m, out var month) || !int.TryParse(y, out var year)) return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    /// <summary>The date that follows "ngày" at or after <paramref name="from"/> within a short window.</summary>
    [GeneratedRegex(@"\G(?: (?:tỉnh|thành phố))?[ ,]*(?:(?:ban hành|được ban hành|ký)\s+)?ngày\s+", RegexOptions.IgnoreCase)]
    public static partial Regex NgayPrefix();
}
