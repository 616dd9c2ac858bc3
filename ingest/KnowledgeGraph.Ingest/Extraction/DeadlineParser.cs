using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Thời hạn (deadlines, DOMAIN.md §6): absolute, yearly, relative, by quarter or month; text kept as written.</summary>
public static partial class DeadlineParser
{
    public static DeadlineRecord? Find(string text)
    {
        if (Yearly().Match(text) is { Success: true } y &&
            DateParser.ToIso(y.Groups["d"].Value, y.Groups["m"].Value, "2000") is { } md)
            return new DeadlineRecord(y.Value.Trim(), null, "yearly", md[5..]);
        if (Absolute().Match(text) is { Success: true } a &&
            DateParser.ToIso(a.Groups["d"].Value, a.Groups["m"].Value, a.Groups["y"].Value) is { } iso)
            return new DeadlineRecord(a.Value.Trim(), iso, null);
        if (AbsoluteWords().Match(text) is { Success: true } aw &&
            DateParser.ToIso(aw.Groups["d"].Value, aw.Groups["m"].Value, aw.Groups["y"].Value) is { } iso2)
            return new DeadlineRecord(aw.Value.Trim(), iso2, null);
        if (Relative().Match(text) is { Success: true } r && int.TryParse(r.Groups["n"].Value, out var n))
        {
            var days = r.Groups["u"].Value.StartsWith("tháng", StringComparison.Ordinal) ? n * 30 : n;
            return new DeadlineRecord(r.Value.Trim(), null, null, null, days);
        }
        if (Quarter().Match(text) is { Success: true } q)
        {
            var quarter = q.Groups["q"].Value switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
            var year = int.Parse(q.Groups["y"].Value);
            var end = new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3));
            return new DeadlineRecord(q.Value.Trim(), end.ToString("yyyy-MM-dd"), null);
        }
        if (Month().Match(text) is { Success: true } mo && int.TryParse(mo.Groups["m"].Value, out var month) && month is >= 1 and <= 12)
        {
            var year = int.Parse(mo.Groups["y"].Value);
            return new DeadlineRecord(mo.Value.Trim(), new DateOnly(year, month, DateTime.DaysInMonth(year, month)).ToString("yyyy-MM-dd"), null);
        }
        if (Recurring().Match(text) is { Success: true } rc)
            return new DeadlineRecord(rc.Value.Trim(), null, rc.Value.Contains("thường xuyên", StringComparison.OrdinalIgnoreCase) ? "continuous" : "yearly");
        return null;
    }

    private const string Lead = @"(?:trước|chậm nhất|không muộn hơn|hoàn thành|xong|đến|định kỳ|hạn chót|vào|trong)";

    [GeneratedRegex(Lead + @"[^.;\n]{0,20}?(?:ngày )?(?<d>\d{1,2}) ?/ ?(?<m>\d{1,2})(?! ?/ ?\d)[^.;\n]{0,12}?(?:hàng|hằng) năm", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(Lead + @"[^.;\n]{0,20}?(?:ngày )?(?<d>\d{1,2}) ?/ ?(?<m>\d{1,2}) ?/ ?(?<y>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Absolute();

    [GeneratedRegex(Lead + @"[^.;\n]{0,20}?ngày (?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteWords();

    [GeneratedRegex(@"(?:chậm nhất|trong (?:vòng|thời hạn)?|trước|không quá)[^.;\n]{0,12}?(?<n>\d{1,3}) (?<u>ngày|tháng)(?: làm việc)?[^.;\n]{0,20}?kể từ", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:trong|trước|hoàn thành|xong)[^.;\n]{0,12}?quý (?<q>IV|III|II|I|[1-4]) ?(?:/|năm) ?(?<y>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?:trong|trước|hoàn thành|xong|đến)[^.;\n]{0,12}?tháng (?<m>\d{1,2}) ?(?:/|năm) ?(?<y>20\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?:định kỳ )?(?:hàng|hằng) năm|thường xuyên", RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();
}
