using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Query;

/// <summary>Whether a task's deadline falls in a <see cref="DeadlineRange"/> (same rule for every store).</summary>
public static class DeadlineMatcher
{
    public static bool Matches(TaskInfo task, DocumentNode document, DeadlineRange? range)
    {
        if (range is null || (range.From is null && range.To is null)) return true;
        var d = task.Deadline;
        if (d is null) return false;
        if (DateText.Parse(d.Date) is { } date) return In(date, range);
        if (DateText.MonthDay(d.MonthDay) is { } md)
        {
            // Yearly: open-ended ranges always contain an occurrence.
            if (range.From is null || range.To is null) return true;
            for (var y = range.From.Value.Year; y <= range.To.Value.Year; y++)
            {
                var day = Math.Min(md.Day, DateTime.DaysInMonth(y, md.Month));
                if (In(new DateOnly(y, md.Month, day), range)) return true;
            }
            return false;
        }
        if (d.RelativeDays is { } days && DateText.Parse(document.Date) is { } issued)
            return In(issued.AddDays(days), range);
        return false;
    }

    private static bool In(DateOnly d, DeadlineRange r) =>
        (r.From is null || d >= r.From) && (r.To is null || d <= r.To);
}
