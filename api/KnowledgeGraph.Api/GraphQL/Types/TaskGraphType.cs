using global::GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Nhiệm vụ (task).</summary>
public sealed class TaskGraphType : ObjectGraphType<TaskInfo>
{
    public TaskGraphType()
    {
        Name = "Task";
        Description = "A task (nhiệm vụ) a document assigns, with its lead (chủ trì) and supporting (phối hợp) units and deadline.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key of the task: document key, '#task-', ordinal.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("documentKey").Description("Key of the document that assigns the task.").Resolve(c => c.Source.Document);
        Field<DocumentGraphType>("document").Description("The document that assigns the task (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.Document));
        Field<NonNullGraphType<IntGraphType>>("ordinal").Description("Position of the task in its document, from 1.").Resolve(c => c.Source.Ordinal);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The task as written.").Resolve(c => c.Source.Text);
        Field<StringGraphType>("section").Description("Section label of the document the task is in (e.g. III.1).").Resolve(c => c.Source.Section);
        Field<StringGraphType>("kind").Description("How the task was phrased: assign, request, heading or fields.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("domain").Description("Lĩnh vực (domain) of the task, when known.").Resolve(c => c.Source.Domain);
        Field<DeadlineGraphType>("deadline").Description("Thời hạn (deadline), when the task has one.").Resolve(c => c.Source.Deadline);
        Field<IntGraphType>("start").Description("Start offset of the task in its document's text.").Resolve(c => c.Source.Start);
        Field<IntGraphType>("end").Description("End offset (exclusive) of the task in its document's text.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitRefGraphType>>>>("lead").Description("Units that lead (chủ trì) the task.").Resolve(c => c.Source.Lead);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitRefGraphType>>>>("support").Description("Units that support (phối hợp) the task.").Resolve(c => c.Source.Support);
    }
}

public sealed class DeadlineGraphType : ObjectGraphType<DeadlineInfo>
{
    public DeadlineGraphType()
    {
        Name = "Deadline";
        Description = "A deadline (thời hạn): the words, and what could be read from them.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The deadline as written (trước ngày 30/11 hàng năm).").Resolve(c => c.Source.Text);
        Field<StringGraphType>("date").Description("A fixed date, ISO yyyy-mm-dd, when the deadline is one.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("recurrence").Description("yearly, quarterly, monthly, ... for recurring deadlines.").Resolve(c => c.Source.Recurrence);
        Field<StringGraphType>("monthDay").Description("For yearly deadlines: MM-DD.").Resolve(c => c.Source.MonthDay);
        Field<IntGraphType>("relativeDays").Description("For relative deadlines: days after the date of issue.").Resolve(c => c.Source.RelativeDays);
    }
}

/// <summary>A unit as one task names it.</summary>
public sealed class UnitRefGraphType : ObjectGraphType<UnitRef>
{
    public UnitRefGraphType()
    {
        Name = "UnitRef";
        Description = "A unit (cơ quan, đơn vị) as a task names it.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Normalised unit key (name|province); pass it to unit(key:).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The unit's name as this document wrote it.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("province").Description("Province of the unit; null for central units.").Resolve(c => c.Source.Province);
    }
}

/// <summary>A unit with the tasks of one document it leads or supports.</summary>
public sealed record UnitTasks(UnitRef Unit, IReadOnlyList<TaskInfo> Lead, IReadOnlyList<TaskInfo> Support)
{
    public static IReadOnlyList<UnitTasks> Group(IReadOnlyList<TaskInfo> tasks)
    {
        static IReadOnlyList<TaskInfo> Sorted(IEnumerable<TaskInfo> ts) =>
            ts.OrderBy(t => t.Deadline?.Date ?? "9999").ThenBy(t => t.Ordinal).ToList();
        var units = tasks.SelectMany(t => t.Lead.Concat(t.Support)).GroupBy(u => u.Key, StringComparer.Ordinal).Select(g => g.First());
        return units.OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new UnitTasks(u,
                Sorted(tasks.Where(t => t.Lead.Any(l => l.Key == u.Key))),
                Sorted(tasks.Where(t => t.Support.Any(s => s.Key == u.Key)))))
            .ToList();
    }
}

public sealed class UnitTasksGraphType : ObjectGraphType<UnitTasks>
{
    public UnitTasksGraphType()
    {
        Name = "UnitTasks";
        Description = "A unit and the tasks of one document it leads or supports.";
        Field<NonNullGraphType<UnitRefGraphType>>("unit").Description("The unit.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("lead").Description("Tasks the unit leads, by deadline.").Resolve(c => c.Source.Lead);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("support").Description("Tasks the unit supports, by deadline.").Resolve(c => c.Source.Support);
    }
}

/// <summary>A task naming a unit, with the unit's role.</summary>
public sealed class UnitTaskGraphType : ObjectGraphType<UnitTask>
{
    public UnitTaskGraphType()
    {
        Name = "UnitTask";
        Description = "A task that names a unit, the unit's role in it and the document that assigns it.";
        Field<NonNullGraphType<StringGraphType>>("role").Description("lead (chủ trì) or support (phối hợp).").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<TaskGraphType>>("task").Description("The task.").Resolve(c => c.Source.Task);
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document that assigns it.").Resolve(c => c.Source.Document);
    }
}

/// <summary>Cơ quan, đơn vị (unit) with its tasks.</summary>
public sealed record UnitView(string Key, string? Name, string? Province);

public sealed class UnitGraphType : ObjectGraphType<UnitView>
{
    public UnitGraphType()
    {
        Name = "Unit";
        Description = "A unit (cơ quan, đơn vị): issuer, recipient, lead or supporting unit, scoped by province.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Normalised unit key (name|province).").Resolve(c => c.Source.Key);
        Field<StringGraphType>("name").Description("One spelling of the unit's name as documents write it.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("province").Description("Province of the unit; null for central units.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitTaskGraphType>>>>("tasks")
            .Description("Tasks the unit leads or supports, optionally only those with a deadline in a range (both ends inclusive; yearly deadlines match when an occurrence falls inside).")
            .Argument<DateOnlyGraphType>("deadlineFrom", "Earliest deadline (inclusive)")
            .Argument<DateOnlyGraphType>("deadlineTo", "Latest deadline (inclusive)")
            .Argument<StringGraphType>("role", "lead or support; default both")
            .ResolveAsync(async c => await Queries.UnitTasksAsync(c, c.Source.Key));
    }
}
