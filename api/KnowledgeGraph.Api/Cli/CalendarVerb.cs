using System.CommandLine;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Graph.Analysis;

namespace KnowledgeGraph.Api.Cli;

/// <summary><c>calendar CODE [--from D] [--to D] [--ics FILE]</c>: deadlines of a document's cascade (yearly ones expanded), or its overdue tasks.</summary>
public sealed class CalendarVerb : ICliVerb
{
    public Command Build()
    {
        var code = new Argument<string>("code") { Description = "Document code (57-NQ/TW) or key" };
        var year = new Option<int?>("--year") { Description = "Year of the document, when the code alone is ambiguous" };
        var from = new Option<DateOnly?>("--from") { Description = "First day (default 1 January this year)" };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (default 31 December next year)" };
        var ics = new Option<string?>("--ics") { Description = "Write an iCalendar file here instead of printing" };
        var overdue = new Option<DateOnly?>("--overdue-as-of") { Description = "Print the tasks overdue on this day instead" };
        var store = new StoreOptions();
        var cmd = new Command("calendar", "Deadlines of a document's cascade as a calendar (iCalendar export) or the overdue tasks") { code, year, from, to, ics, overdue };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            await using var graph = await store.Read(parse).OpenAsync(token);
            var root = await DocumentResolver.ResolveAsync(graph, parse.GetValue(code)!, parse.GetValue(year), null, token);
            var (tasks, docs) = await AnalysisFields.ScopeAsync(graph, root, token);
            if (parse.GetValue(overdue) is { } asOf)
            {
                foreach (var t in DeadlineAnalyst.Overdue(tasks, docs, asOf))
                    await output.WriteLineAsync($"{t.Due:yyyy-MM-dd}  {t.Document.Code ?? t.Document.Key}  {t.Task.Deadline?.Text}  {t.Task.Text}");
                return 0;
            }
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var first = parse.GetValue(from) ?? new DateOnly(today.Year, 1, 1);
            var last = parse.GetValue(to) ?? new DateOnly(today.Year + 1, 12, 31);
            IReadOnlyList<DatedTask> entries;
            try { entries = DeadlineAnalyst.Calendar(tasks, docs, first, last); }
            catch (ArgumentException e) { throw new CliException($"--from/--to: {e.Message}"); }
            if (parse.GetValue(ics) is { } file)
            {
                await File.WriteAllTextAsync(file, ICalendarWriter.Write(root.Code ?? root.Key, entries, DateTimeOffset.UtcNow), token);
                await output.WriteLineAsync($"{entries.Count} deadlines written to {file}");
                return 0;
            }
            foreach (var t in entries)
                await output.WriteLineAsync($"{t.Due:yyyy-MM-dd}{(t.Recurring ? " (yearly)" : "")}  {t.Document.Code ?? t.Document.Key}  {t.Task.Text}");
            return 0;
        }, ct));
        return cmd;
    }
}
