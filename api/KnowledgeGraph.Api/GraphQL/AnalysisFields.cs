using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The analyst's fields (issue #10): coverage, deadlines, unit registry, side by side, watches.</summary>
public static class AnalysisFields
{
    public static void AddQueries(ObjectGraphType q)
    {
        q.Field<CoverageGraphType>("coverage")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Which of the 34 provinces carry a central document out (an ingested document of theirs in its down cascade), with evidence and units; null when the document is unknown.")
            .Arguments(Root())
            .Argument<DateOnlyGraphType>("asOf", "Count only documents issued up to this date")
            .Argument<IntGraphType>("depth", "Steps to walk, at most the server's walk limit", a => a.DefaultValue = CascadeAnalyst.DefaultDepth)
            .ResolveAsync(async c =>
            {
                var root = await RootAsync(c);
                return root is null ? null : await new CascadeAnalyst(c.Kg().Store).CoverageAsync(root.Key, c.GetArgument<DateOnly?>("asOf"), c.WalkDepth("depth", CascadeAnalyst.DefaultDepth), c.CancellationToken);
            });

        q.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatedTaskGraphType>>>>("overdueTasks")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Tasks whose deadline has passed as of asOf, earliest first: a one-off deadline (fixed, or days after a known issue date) before asOf, or a yearly deadline whose occurrence in asOf's year is before it; of a document's cascade when key or code is given, else of every ingested document.")
            .Arguments(Root())
            .Argument<DateOnlyGraphType>("asOf", "The day of the check (default: today, UTC)")
            .Argument<StringGraphType>("inProvince", "Only tasks of documents of this province (or of provinces merged into it)")
            .ResolveAsync(async c =>
            {
                var (tasks, docs) = await TasksInScopeAsync(c);
                return DeadlineAnalyst.Overdue(tasks, docs, c.GetArgument<DateOnly?>("asOf") ?? DateOnly.FromDateTime(DateTime.UtcNow));
            });

        q.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LateDeadlineGraphType>>>>("laterThanCentral")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Local tasks due later than a task for the same work (same domain, or same lead unit name) in a document above them on their implementing chain.")
            .Arguments(Root())
            .ResolveAsync(async c =>
            {
                var root = await RootAsync(c) ?? throw new ExecutionError("laterThanCentral: no such document.") { Code = "NOT_FOUND" };
                var found = await new CascadeAnalyst(c.Kg().Store).TreeAsync(root.Key, null, CascadeAnalyst.DefaultDepth, c.CancellationToken);
                return DeadlineAnalyst.LaterThanCentral(found!.Value.Tree, found.Value.Cascade.Tasks);
            });

        q.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DatedTaskGraphType>>>>("deadlineCalendar")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Every date in [from, to] a task falls due (yearly deadlines expanded), of a document's cascade or of every ingested document.")
            .Arguments(Root())
            .Argument<StringGraphType>("inProvince", "Only tasks of documents of this province (or merged into it)")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "First day (inclusive)")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "Last day (inclusive)")
            .ResolveAsync(async c => Calendar(c, await TasksInScopeAsync(c)));

        q.Field<NonNullGraphType<StringGraphType>>("deadlineCalendarIcs")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("The same calendar as iCalendar (RFC 5545) text; yearly deadlines as one event with RRULE:FREQ=YEARLY. Also GET /calendar.ics?document=KEY&from=&to=.")
            .Arguments(Root())
            .Argument<StringGraphType>("inProvince", "Only tasks of documents of this province (or merged into it)")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "First day (inclusive)")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "Last day (inclusive)")
            .ResolveAsync(async c => ICalendarWriter.Write("kg deadlines", Calendar(c, await TasksInScopeAsync(c)), DateTimeOffset.UtcNow));

        q.Field<NonNullGraphType<UnitLineageGraphType>>("unitLineage")
            .Description("A unit of a province with every unit it took over in 2025 (renamed or merged departments, the same unit of merged provinces) and all their tasks; names stay as written.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Unit name (Sở Tài chính)")
            .Argument<NonNullGraphType<StringGraphType>>("province", "Province, before or after 2025")
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                var province = c.GetArgument<string>("province");
                try
                {
                    var units = UnitRegistry.Default.Lineage(name, province);
                    var tasks = await UnitRegistry.Default.TasksThroughLineageAsync(c.Kg().Store, name, province, null, c.CancellationToken);
                    return new UnitLineageView(name, ProvinceMap.Successor(province)!, units, tasks);
                }
                catch (ArgumentException e) { throw new ExecutionError($"unitLineage: {e.Message}") { Code = "BAD_ARGUMENTS" }; }
            });

        q.Field<NonNullGraphType<UnitSuccessorGraphType>>("unitSuccessor")
            .Description("The unit that does a unit's work since the 2025 reorganisation (Sở Kế hoạch và Đầu tư of Bắc Giang → Sở Tài chính of Bắc Ninh).")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Unit name as written")
            .Argument<StringGraphType>("province", "Its province as written; null for a central unit")
            .Resolve(c =>
            {
                var (name, province, steps) = UnitRegistry.Default.Successor(c.GetArgument<string>("name"), c.GetArgument<string?>("province"));
                return new UnitSuccessorView(name, province, steps);
            });

        q.Field<SideBySideGraphType>("sideBySide")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Two or more provinces' implementations of one central document: tasks (units, deadlines) and targets aligned by task domain; null when the document is unknown.")
            .Arguments(Root())
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("provinces", "Two or more provinces (before or after 2025)")
            .ResolveAsync(async c =>
            {
                var root = await RootAsync(c);
                if (root is null) return null;
                try { return await new SideBySideAnalyst(c.Kg().Store, TargetDomains.Of).CompareAsync(root.Key, c.GetArgument<List<string>>("provinces"), c.CancellationToken); }
                catch (ArgumentException e) { throw new ExecutionError($"sideBySide: {e.Message}") { Code = "BAD_ARGUMENTS" }; }
            });

        q.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WatchGraphType>>>>("watches")
            .Description("The saved watches, oldest first, with what is new in each since it was last marked seen.")
            .ResolveAsync(async c => (object?)(await c.Kg().Services.Watches.ListAsync(c.CancellationToken)).OrderBy(w => w.Created).ToList());
    }

    public static void AddMutations(ObjectGraphType m)
    {
        m.Field<NonNullGraphType<WatchGraphType>>("createWatch")
            .Description("Saves a watch on a central document (optionally one province) and evaluates it now; what exists now is found (mark it seen to see only later documents).")
            .Arguments(Root())
            .Argument<StringGraphType>("inProvince", "Only documents of this province (or of provinces merged into it)")
            .ResolveAsync(async c =>
            {
                Authorise(c, "createWatch");
                var root = await RootAsync(c) ?? throw new ExecutionError("createWatch: no such document.") { Code = "NOT_FOUND" };
                try { return await c.Kg().Services.Watches.CreateAsync(c.Kg().Store, root.Key, c.GetArgument<string?>("inProvince"), c.CancellationToken); }
                catch (ArgumentException e) { throw new ExecutionError($"createWatch: {e.Message}") { Code = "BAD_ARGUMENTS" }; }
            });
        m.Field<WatchGraphType>("markWatchSeen")
            .Description("Marks everything a watch found so far as seen; null when no watch has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the watch")
            .ResolveAsync(async c =>
            {
                Authorise(c, "markWatchSeen");
                return await c.Kg().Services.Watches.MarkSeenAsync(c.GetArgument<string>("id"), c.CancellationToken);
            });
        m.Field<NonNullGraphType<BooleanGraphType>>("deleteWatch")
            .Description("Deletes a watch; false when no watch has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the watch")
            .ResolveAsync(async c =>
            {
                Authorise(c, "deleteWatch");
                return await c.Kg().Services.Watches.DeleteAsync(c.GetArgument<string>("id"), c.CancellationToken);
            });
    }

    private static void Authorise(IResolveFieldContext c, string field)
    {
        if (!c.Kg().Authorised)
            throw new ExecutionError($"{field} needs the API key: send it as X-Api-Key or Authorization: Bearer.") { Code = "UNAUTHORIZED" };
    }

    private static QueryArguments Root() => new(
        new QueryArgument<StringGraphType> { Name = "key", Description = "Key of the central document" },
        new QueryArgument<StringGraphType> { Name = "code", Description = "Or its số hiệu (57-NQ/TW)" },
        new QueryArgument<IntGraphType> { Name = "year", Description = "Year, when the code alone is ambiguous" },
        new QueryArgument<StringGraphType> { Name = "province", Description = "Province of a local root document, when the code alone is ambiguous" });

    private static async Task<DocumentNode?> RootAsync(IResolveFieldContext c) =>
        c.GetArgument<string?>("key") is null && c.GetArgument<string?>("code") is null ? null : await Queries.DocumentAsync(c);

    private static IReadOnlyList<DatedTask> Calendar(IResolveFieldContext c, (IReadOnlyList<TaskInfo> Tasks, IReadOnlyDictionary<string, DocumentNode> Docs) scope)
    {
        try { return DeadlineAnalyst.Calendar(scope.Tasks, scope.Docs, c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to")); }
        catch (ArgumentException e) { throw new ExecutionError($"deadlineCalendar: {e.Message}") { Code = "BAD_ARGUMENTS" }; }
    }

    /// <summary>The tasks of a root's cascade (key or code given) or of every ingested document, optionally of one province.</summary>
    private static async Task<(IReadOnlyList<TaskInfo>, IReadOnlyDictionary<string, DocumentNode>)> TasksInScopeAsync(IResolveFieldContext c)
    {
        var province = c.GetArgument<string?>("inProvince");
        var target = province is null ? null : ProvinceMap.Successor(province)
            ?? throw new ExecutionError($"inProvince '{province}' is not one of the 63 provinces before 2025 or the 34 after.") { Code = "BAD_ARGUMENTS" };
        var scope = await ScopeAsync(c.Kg().Store, await RootAsync(c), c.CancellationToken);
        var docs = scope.Docs.Where(d => target is null || ProvinceMap.Successor(d.Value.Province) == target)
            .ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        return (scope.Tasks.Where(t => docs.ContainsKey(t.Document)).ToList(), docs);
    }

    public static async Task<(IReadOnlyList<TaskInfo> Tasks, IReadOnlyDictionary<string, DocumentNode> Docs)> ScopeAsync(IGraphStore store, DocumentNode? root, CancellationToken ct)
    {
        if (root is not null)
        {
            var cascade = await store.CascadeAsync(root.Key, new CascadeOptions { MaxDepth = CascadeAnalyst.DefaultDepth }, ct);
            return (cascade!.Tasks, cascade.Nodes.ToDictionary(n => n.Document.Key, n => n.Document, StringComparer.Ordinal));
        }
        var docs = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await store.ListDocumentsAsync(new DocumentFilter { Ingested = true }, cursor, 1000, ct);
            foreach (var d in page.Items) docs[d.Key] = d;
            cursor = page.NextCursor;
        } while (cursor is not null);
        return (await store.TasksOfDocumentsAsync(docs.Keys.ToList(), ct), docs);
    }
}
