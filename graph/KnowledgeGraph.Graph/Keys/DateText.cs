using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph.Keys;

/// <summary>Dates as the extractor writes them: ISO "2025-04-22" or Vietnamese "22/4/2025".</summary>
public static partial class DateText
{
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        var m = DayMonthYear().Match(t);
        if (m.Success)
        {
            int d = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                y = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new DateOnly(y, mo, d);
        }
        return null;
    }

    /// <summary>ISO form of a parseable date, else null.</summary>
    public static string? Iso(string? text) => Parse(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The year of a document: from its date, else from a code such as 60/2021/NĐ-CP.</summary>
    public static int? Year(string? date, string? code)
    {
        if (Parse(date) is { } d) return d.Year;
        if (date is not null && YearOnly().Match(date) is { Success: true } y) return int.Parse(y.Value, CultureInfo.InvariantCulture);
        if (code is not null && CodeYear().Match(code) is { Success: true } c) return int.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>"MM-DD" of a yearly deadline.</summary>
    public static (int Month, int Day)? MonthDay(string? text)
    {
        if (text is null) return null;
        var m = MonthDayPattern().Match(text);
        if (!m.Success) return null;
        int mo = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2024, mo) ? (mo, d) : null;
    }

    [GeneratedRegex(@"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\s*\d+\s*/\s*((?:19|20)\d{2})\s*/")]
    private static partial Regex CodeYear();

    [GeneratedRegex(@"^(\d{1,2})-(\d{1,2})$")]
    private static partial Regex MonthDayPattern();
}
