using System.Globalization;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Graph.Analysis;

namespace KnowledgeGraph.Api.Server;

/// <summary>GET /calendar.ics?document=KEY[&amp;from=yyyy-mm-dd&amp;to=yyyy-mm-dd]: the deadlines of a document's cascade as iCalendar.</summary>
public static class CalendarEndpoint
{
    public const string Path = "/calendar.ics";

    public static void MapCalendarApi(this WebApplication app) => app.MapGet(Path, async (HttpContext http, KgServices services) =>
    {
        var q = http.Request.Query;
        string? key = q["document"];
        if (string.IsNullOrWhiteSpace(key)) return Results.Text("document: give the key of a document, e.g. /calendar.ics?document=57-NQ/TW@2024\n", "text/plain; charset=utf-8", statusCode: 400);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (!TryDate(q["from"], new DateOnly(today.Year, 1, 1), out var from) || !TryDate(q["to"], new DateOnly(today.Year + 1, 12, 31), out var to))
            return Results.Text("from and to must be dates as yyyy-mm-dd\n", "text/plain; charset=utf-8", statusCode: 400);
        var root = await services.Store.GetDocumentAsync(key, http.RequestAborted);
        if (root is null) return Results.Text($"document '{key}' is not in the graph\n", "text/plain; charset=utf-8", statusCode: 404);
        var (tasks, docs) = await AnalysisFields.ScopeAsync(services.Store, root, http.RequestAborted);
        try
        {
            var text = ICalendarWriter.Write($"{root.Code ?? root.Key}", DeadlineAnalyst.Calendar(tasks, docs, from, to), DateTimeOffset.UtcNow);
            return Results.Text(text, "text/calendar; charset=utf-8");
        }
        catch (ArgumentException e) { return Results.Text(e.Message + "\n", "text/plain; charset=utf-8", statusCode: 400); }
    });

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
