using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>
/// iCalendar (RFC 5545) text for task deadlines: one all-day VEVENT per one-off deadline, and one per yearly
/// deadline with RRULE:FREQ=YEARLY starting at its first occurrence in the calendar. Lines are CRLF and folded at 75 octets.
/// </summary>
public static class ICalendarWriter
{
    public static string Write(string calendarName, IReadOnlyList<DatedTask> entries, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string s) => Fold(sb, s);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//KnowledgeGraph//kg deadlines//VI");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        // A yearly task appears once, at its first occurrence, with a yearly rule.
        var seenYearly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.Recurring && !seenYearly.Add(e.Task.Key)) continue;
            Line("BEGIN:VEVENT");
            Line($"UID:{Escape(e.Task.Key)}{(e.Recurring ? "" : "@" + e.Due.ToString("yyyyMMdd", CultureInfo.InvariantCulture))}@kg");
            Line("DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line("DTSTART;VALUE=DATE:" + e.Due.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            if (e.Recurring) Line("RRULE:FREQ=YEARLY");
            var who = string.Join(", ", e.Task.Lead.Select(u => u.Name));
            Line("SUMMARY:" + Escape($"{(who.Length > 0 ? who + ": " : "")}{Short(e.Task.Text)}"));
            Line("DESCRIPTION:" + Escape($"{e.Task.Text}\n{e.Task.Deadline?.Text}\n{e.Document.Code ?? e.Document.Key}"));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    private static string Short(string s) => s.Length <= 120 ? s : s[..117] + "...";

    private static string Escape(string s) =>
        s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Folds a content line at 75 octets without splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var n = rune.Utf8SequenceLength;
            if (octets + n > (first ? 75 : 74)) { sb.Append("\r\n "); octets = 0; first = false; }
            sb.Append(rune.ToString());
            octets += n;
        }
        sb.Append("\r\n");
    }
}
