using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>Thời hạn (deadlines): overdue tasks, local deadlines later than the central ones, yearly deadlines as a calendar.</summary>
public static class DeadlineAnalyst
{
    /// <summary>
    /// The date a task falls due once: a fixed date, or issue date + days for a relative deadline. Yearly deadlines
    /// have no single date (see <see cref="Occurrences"/>); null when none can be read.
    /// </summary>
    public static DateOnly? DueDate(TaskInfo t, DocumentNode doc)
    {
        if (t.Deadline is not { } d) return null;
        if (DateText.Parse(d.Date) is { } date) return date;
        if (d.RelativeDays is { } days && DateText.Parse(doc.Date) is { } issued) return issued.AddDays(days);
        return null;
    }

    /// <summary>
    /// Tasks whose deadline has passed as of <paramref name="asOf"/>: a one-off deadline (fixed, or days after a
    /// known issue date) before it, or a yearly deadline whose occurrence in asOf's year is before it (that year's
    /// round is due; whether it was done the graph cannot know). A relative deadline of an undated document has no date.
    /// </summary>
    public static IReadOnlyList<DatedTask> Overdue(IEnumerable<TaskInfo> tasks, IReadOnlyDictionary<string, DocumentNode> docs, DateOnly asOf) =>
        tasks.Where(t => docs.ContainsKey(t.Document))
            .SelectMany(t => DueDate(t, docs[t.Document]) is { } once
                ? (IEnumerable<DatedTask>)[new DatedTask(t, docs[t.Document], once, false)]
                : Occurrences(t, docs[t.Document], new DateOnly(asOf.Year, 1, 1), asOf))
            .Where(x => x.Due < asOf)
            .OrderBy(x => x.Due).ThenBy(x => x.Task.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every date in [from, to] a task falls due: its one date, or each year's occurrence of a yearly deadline (31/2 → 28/2 or 29/2).</summary>
    public static IEnumerable<DatedTask> Occurrences(TaskInfo t, DocumentNode doc, DateOnly from, DateOnly to)
    {
        if (DueDate(t, doc) is { } once)
        {
            if (once >= from && once <= to) yield return new DatedTask(t, doc, once, false);
            yield break;
        }
        if (t.Deadline is { } d && DateText.MonthDay(d.MonthDay) is { } md)
            for (var y = from.Year; y <= to.Year; y++)
            {
                var day = new DateOnly(y, md.Month, Math.Min(md.Day, DateTime.DaysInMonth(y, md.Month)));
                if (day >= from && day <= to) yield return new DatedTask(t, doc, day, true);
            }
    }

    /// <summary>The calendar of a set of tasks between two dates, by date then task key.</summary>
    public static IReadOnlyList<DatedTask> Calendar(IEnumerable<TaskInfo> tasks, IReadOnlyDictionary<string, DocumentNode> docs, DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"the calendar ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        if (to.Year - from.Year > 50) throw new ArgumentException("a calendar spans at most 50 years");
        return tasks.Where(t => docs.ContainsKey(t.Document))
            .SelectMany(t => Occurrences(t, docs[t.Document], from, to))
            .OrderBy(x => x.Due).ThenBy(x => x.Task.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Local deadlines later than the central deadline for the same work. Rule: the central task is in a document
    /// above the local one on its implementing chain (an ancestor in the cascade tree, the root included); both
    /// have a one-off due date and the local one is later; and they are the same work: the same task domain (the
    /// ML classifier's, both known), or a lead unit of the local task has the same normalised name as a lead unit
    /// of the central task (Sở Tài chính of a province against Sở Tài chính named centrally).
    /// </summary>
    public static IReadOnlyList<LateDeadline> LaterThanCentral(IReadOnlyList<CascadeLink> tree, IReadOnlyList<TaskInfo> tasks)
    {
        var links = tree.ToDictionary(l => l.Document.Key, StringComparer.Ordinal);
        var byDoc = tasks.GroupBy(t => t.Document).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<LateDeadline>();
        foreach (var local in tasks)
        {
            if (!links.TryGetValue(local.Document, out var link) || link.Depth == 0) continue;
            if (DueDate(local, link.Document) is not { } localDue) continue;
            for (var up = link.Parent; up is not null && links.TryGetValue(up, out var ancestor); up = ancestor.Parent)
                foreach (var central in byDoc.GetValueOrDefault(up) ?? [])
                {
                    if (DueDate(central, ancestor.Document) is not { } centralDue || localDue <= centralDue) continue;
                    var by = SameWork(local, central);
                    if (by is not null)
                        result.Add(new LateDeadline(new DatedTask(local, link.Document, localDue, false), new DatedTask(central, ancestor.Document, centralDue, false), by));
                }
        }
        return result.OrderBy(r => r.Local.Task.Key, StringComparer.Ordinal).ThenBy(r => r.Central.Task.Key, StringComparer.Ordinal).ToList();
    }

    private static string? SameWork(TaskInfo local, TaskInfo central)
    {
        if (local.Domain is not null && local.Domain == central.Domain) return $"domain {local.Domain}";
        var centralUnits = central.Lead.Select(u => UnitKeys.NormalizeName(u.Name, u.Province)).ToHashSet(StringComparer.Ordinal);
        var shared = local.Lead.FirstOrDefault(u => centralUnits.Contains(UnitKeys.NormalizeName(u.Name, u.Province)));
        return shared is null ? null : $"lead unit {shared.Name}";
    }
}
