using global::GraphQL;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The resolvers with logic beyond reading a property: lookups, filtering and paging, walks.</summary>
public static class Queries
{
    /// <summary>A document by key, or by code with an optional year and province; an ambiguous code is an error listing the keys.</summary>
    public static async Task<DocumentNode?> DocumentAsync(IResolveFieldContext c)
    {
        var key = c.GetArgument<string?>("key");
        var code = c.GetArgument<string?>("code");
        if ((key is null) == (code is null))
            throw new ExecutionError("document: give either key or code (with year and province to narrow a code down).") { Code = "BAD_ARGUMENTS" };
        var store = c.Kg().Store;
        if (key is not null) return await store.GetDocumentAsync(key, c.CancellationToken);
        var found = await FindByCodeAsync(c, code!);
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new ExecutionError($"document: code '{code}' matches {found.Count} documents; add year or province, or ask by key: " +
                                          string.Join(", ", found.Select(d => d.Key))) { Code = "AMBIGUOUS_CODE" },
        };
    }

    public static async Task<IReadOnlyList<DocumentNode>> FindByCodeAsync(IResolveFieldContext c, string code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new ExecutionError("code is empty; give a số hiệu such as 27-CT/TW.") { Code = "BAD_ARGUMENTS" };
        return await c.Kg().Store.FindByCodeAsync(code, c.GetArgument<int?>("year"), c.GetArgument<string?>("province"), c.CancellationToken);
    }

    /// <summary>
    /// A page of documents in key order: every filter goes to the store, so one store call gives a full page and
    /// totalCount (asked for only when selected) counts with the same filter.
    /// </summary>
    public static async Task<DocumentConnection> DocumentsAsync(IResolveFieldContext c)
    {
        var first = c.PageSize("first", 20);
        var after = c.GetArgument<string?>("after");
        var type = c.GetArgument<string?>("type");
        if (type is not null && !Enum.TryParse<DocType>(type, out _))
            throw new ExecutionError($"documents: type '{type}' is not a document type; use one of {string.Join(", ", Enum.GetNames<DocType>())}.") { Code = "BAD_ARGUMENTS" };
        var filter = new DocumentFilter
        {
            Type = type,
            Province = c.GetArgument<string?>("province"),
            Ingested = c.GetArgument<bool?>("ingested"),
            YearFrom = c.GetArgument<int?>("yearFrom"),
            YearTo = c.GetArgument<int?>("yearTo"),
            Issuer = c.GetArgument<string?>("issuer"),
            Text = c.GetArgument<string?>("text"),
        };
        try
        {
            var page = await c.Kg().Store.ListDocumentsAsync(filter, after, first, c.CancellationToken);
            return new DocumentConnection(page.Items.Select(d => new DocumentEdge(d, DocumentCursor.Encode(d.Key))).ToList(), page.NextCursor is not null, filter);
        }
        catch (ArgumentException e) when (e.ParamName == "cursor")
        {
            throw new ExecutionError($"documents: after '{after}' is not a cursor this API returned.") { Code = "BAD_CURSOR" };
        }
    }

    public static async Task<CascadeView?> CascadeAsync(IResolveFieldContext c, CascadeDirection direction)
    {
        var types = c.GetArgument<List<string>?>("types");
        var options = new CascadeOptions
        {
            Direction = direction,
            MaxDepth = c.WalkDepth("depth", 3),
            RelationTypes = types is { Count: > 0 } ? types : CascadeOptions.DefaultTypes,
            // Tasks only when asked for: for a cascade of thousands of documents they are most of the work.
            IncludeTasks = c.SubFields is not { } selected || selected.ContainsKey("tasks") || selected.ContainsKey("units"),
        };
        var root = await DocumentAsync(c);
        if (root is null) return null;
        var result = await c.Kg().Store.CascadeAsync(root.Key, options, c.CancellationToken);
        if (result is not null && direction == CascadeDirection.Down && c.GetArgument<DateOnly?>("asOf") is { } asOf)
            result = KnowledgeGraph.Graph.Analysis.CascadeTree.AsOf(result, asOf);
        return result is null ? null : new CascadeView(result);
    }

    public static async Task<GraphPath?> PathAsync(IResolveFieldContext c)
    {
        var types = c.GetArgument<List<string>?>("types");
        var options = new PathOptions
        {
            MaxDepth = c.WalkDepth("maxDepth", 6, min: 1),
            RelationTypes = types is { Count: > 0 } ? types : EdgeType.Relations,
        };
        return await c.Kg().Store.FindPathAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), options, c.CancellationToken);
    }

    /// <summary>A unit by key, or by name and province (the key rule folds spelling); null when no task names it.</summary>
    public static async Task<UnitView?> UnitAsync(IResolveFieldContext c)
    {
        var key = c.GetArgument<string?>("key");
        var name = c.GetArgument<string?>("name");
        if ((key is null) == (name is null))
            throw new ExecutionError("unit: give either key or name (with province for a local unit).") { Code = "BAD_ARGUMENTS" };
        key ??= UnitKeys.Key(name!, c.GetArgument<string?>("province"));
        var tasks = await c.Kg().Store.TasksOfUnitAsync(key, null, c.CancellationToken);
        if (tasks.Count == 0) return null;
        var named = tasks.SelectMany(t => t.Task.Lead.Concat(t.Task.Support)).First(u => u.Key == key);
        return new UnitView(key, named.Name, named.Province);
    }

    public static async Task<IReadOnlyList<UnitTask>> UnitTasksAsync(IResolveFieldContext c, string unitKey)
    {
        var from = c.GetArgument<DateOnly?>("deadlineFrom");
        var to = c.GetArgument<DateOnly?>("deadlineTo");
        var role = c.GetArgument<string?>("role");
        if (role is not null and not ("lead" or "support"))
            throw new ExecutionError($"role '{role}' is neither lead nor support.") { Code = "BAD_ARGUMENTS" };
        var range = from is null && to is null ? null : new DeadlineRange(from, to);
        var tasks = await c.Kg().Store.TasksOfUnitAsync(unitKey, range, c.CancellationToken);
        return role is null ? tasks : tasks.Where(t => t.Role == role).ToList();
    }

    /// <summary>Tasks of one document, optionally those with a deadline in a range.</summary>
    public static async Task<IReadOnlyList<TaskInfo>> TasksAsync(IResolveFieldContext c)
    {
        var key = c.GetArgument<string>("document");
        var store = c.Kg().Store;
        var doc = await store.GetDocumentAsync(key, c.CancellationToken);
        if (doc is null) return [];
        var from = c.GetArgument<DateOnly?>("deadlineFrom");
        var to = c.GetArgument<DateOnly?>("deadlineTo");
        var range = from is null && to is null ? null : new DeadlineRange(from, to);
        return (await store.TasksOfDocumentsAsync([key], c.CancellationToken))
            .Where(t => DeadlineMatcher.Matches(t, doc, range))
            .OrderBy(t => t.Ordinal).ToList();
    }
}
