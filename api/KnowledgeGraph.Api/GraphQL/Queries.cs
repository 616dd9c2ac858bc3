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
    /// Pages of documents in key order. Type, province, ingested and a single year go to the store; issuer, a year
    /// range and text are applied here while reading on, so a page always holds <c>first</c> matches when there are that many.
    /// </summary>
    public static async Task<DocumentConnection> DocumentsAsync(IResolveFieldContext c)
    {
        var first = c.PageSize("first", 20);
        var after = c.GetArgument<string?>("after");
        var yearFrom = c.GetArgument<int?>("yearFrom");
        var yearTo = c.GetArgument<int?>("yearTo");
        var issuer = Fold(c.GetArgument<string?>("issuer"));
        var text = Fold(c.GetArgument<string?>("text"));
        var type = c.GetArgument<string?>("type");
        if (type is not null && !Enum.TryParse<DocType>(type, out _))
            throw new ExecutionError($"documents: type '{type}' is not a document type; use one of {string.Join(", ", Enum.GetNames<DocType>())}.") { Code = "BAD_ARGUMENTS" };
        var filter = new DocumentFilter
        {
            Type = type,
            Province = c.GetArgument<string?>("province"),
            Ingested = c.GetArgument<bool?>("ingested"),
            Year = yearFrom is not null && yearFrom == yearTo ? yearFrom : null,
        };
        bool Matches(DocumentNode d) =>
            (yearFrom is null || d.Year >= yearFrom) && (yearTo is null || d.Year <= yearTo)
            && (issuer is null || Fold(d.Issuer)?.Contains(issuer, StringComparison.Ordinal) == true)
            && (text is null || Fold($"{d.Code} {d.Title}")!.Contains(text, StringComparison.Ordinal));

        var store = c.Kg().Store;
        var edges = new List<DocumentEdge>();
        var cursor = after;
        var more = false;
        try
        {
            while (true)
            {
                var page = await store.ListDocumentsAsync(filter, cursor, Math.Max(first + 1, 50), c.CancellationToken);
                foreach (var d in page.Items)
                {
                    if (!Matches(d)) continue;
                    if (edges.Count == first) { more = true; break; }
                    edges.Add(new DocumentEdge(d, DocumentCursor.Encode(d.Key)));
                }
                if (more || page.NextCursor is null) break;
                cursor = page.NextCursor;
            }
        }
        catch (ArgumentException e) when (e.ParamName == "cursor")
        {
            throw new ExecutionError($"documents: after '{after}' is not a cursor this API returned.") { Code = "BAD_CURSOR" };
        }
        return new DocumentConnection(edges, more);
    }

    public static async Task<CascadeView?> CascadeAsync(IResolveFieldContext c, CascadeDirection direction)
    {
        var types = c.GetArgument<List<string>?>("types");
        var options = new CascadeOptions
        {
            Direction = direction,
            MaxDepth = c.WalkDepth("depth", 3),
            RelationTypes = types is { Count: > 0 } ? types : CascadeOptions.DefaultTypes,
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

    private static string? Fold(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFold.Ascii(s).Trim();
}
