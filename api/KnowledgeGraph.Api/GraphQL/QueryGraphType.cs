using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Validation.Complexity;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Search;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Every read of the API. Reads are open; limits are in <see cref="Server.ApiLimits"/>.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Reads of the knowledge graph of Vietnamese policy documents: documents, search, cascades, paths, units, tasks, statistics.";

        Field<DocumentGraphType>("document")
            .Description("One document by key, or by code (số hiệu) narrowed by year and province; null when none. An ambiguous code is an error listing the keys.")
            .Argument<StringGraphType>("key", "Document key (from any other result)")
            .Argument<StringGraphType>("code", "Số hiệu such as 27-CT/TW (spelling forgiven: case, spaces, Đ/D)")
            .Argument<IntGraphType>("year", "Year of issue, to tell documents with the same code apart")
            .Argument<StringGraphType>("province", "Province of a local document (Lạng Sơn or lang son)")
            .ResolveAsync(async c => await Queries.DocumentAsync(c));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documentsByCode")
            .Description("Every document with this code, optionally within a year and province, by key.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Số hiệu such as 27-CT/TW")
            .Argument<IntGraphType>("year", "Year of issue")
            .Argument<StringGraphType>("province", "Province of a local document")
            .ResolveAsync(async c => await Queries.FindByCodeAsync(c, c.GetArgument<string>("code")));

        Field<NonNullGraphType<DocumentConnectionGraphType>>("documents")
            .Description("Documents in key order, filtered, one page at a time (cursor pagination).")
            // The default estimate multiplies children by 'first'; an oversized 'first' must reach the resolver, which
            // names the page size limit, rather than fail as "too complex".
            .WithComplexityImpact(ctx => new FieldComplexityResult(1, Math.Min(
                ctx.Arguments is { } a && a.TryGetValue("first", out var v) && v.Value is int n ? n : 20,
                ctx.ValidationContext.RequestServices?.GetService<Server.KgServices>()?.Limits.MaxPageSize ?? new Server.ApiLimits().MaxPageSize)))
            .Argument<IntGraphType>("first", "Page size, 1 to the maximum page size", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "pageInfo.endCursor of the previous page")
            .Argument<StringGraphType>("type", "Document type name: ChiThi, NghiQuyet, QuyetDinh, KeHoach, ...")
            .Argument<StringGraphType>("issuer", "Words of the issuer's name, with or without diacritics")
            .Argument<StringGraphType>("province", "Province (with or without diacritics)")
            .Argument<IntGraphType>("yearFrom", "Earliest year of issue (inclusive)")
            .Argument<IntGraphType>("yearTo", "Latest year of issue (inclusive)")
            .Argument<BooleanGraphType>("ingested", "true: ingested documents only; false: cited-only documents only")
            .Argument<StringGraphType>("text", "Words that must appear in the code or title (with or without diacritics); use search for the full text")
            .ResolveAsync(async c => await Queries.DocumentsAsync(c));

        Field<NonNullGraphType<SearchResultGraphType>>("search")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("Full-text search over ingested and cited documents (with or without diacritics, \"phrases\", codes), with facets and highlighted snippets.")
            .Argument<StringGraphType>("query", "Words, \"quoted phrases\", codes; may be empty when a filter is given")
            .Argument<StringGraphType>("type", "Document type: KeHoach, Kế hoạch or KH")
            .Argument<StringGraphType>("issuer", "Words of the issuer's name")
            .Argument<StringGraphType>("province", "Province")
            .Argument<IntGraphType>("year", "Year of issue")
            .Argument<IntGraphType>("offset", "Hits to skip", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("limit", "Hits per page, at most the maximum page size", a => a.DefaultValue = 10)
            .Resolve(c =>
            {
                var limit = c.PageSize("limit", 10);
                try
                {
                    return c.Kg().Services.Search(new SearchRequest
                    {
                        Query = c.GetArgument<string?>("query"), Type = c.GetArgument<string?>("type"), Issuer = c.GetArgument<string?>("issuer"),
                        Province = c.GetArgument<string?>("province"), Year = c.GetArgument<int?>("year"),
                        Offset = c.GetArgument("offset", 0), Limit = Math.Min(limit, SearchService.MaxLimit),
                    });
                }
                catch (SearchQueryException e) { throw new ExecutionError($"search: {e.Message}") { Code = "BAD_SEARCH" }; }
                catch (SearchIndexException e) { throw new ExecutionError($"search: {e.Message}") { Code = "SEARCH_INDEX" }; }
            });

        Field<CascadeGraphType>("cascade")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("How a document cascades down: the documents that carry it out (implement it, are based on it, ...), their tasks and units. Null when the document is unknown.")
            .Arguments(WalkArguments(3))
            .Argument<DateOnlyGraphType>("asOf", "The cascade as it stood on this date: only documents issued up to it (and what is reached through them)")
            .ResolveAsync(async c => await Queries.CascadeAsync(c, CascadeDirection.Down));

        Field<CascadeGraphType>("lineage")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("The lineage up: the documents this one carries out, and what those carry out, up to the depth. Null when the document is unknown.")
            .Arguments(WalkArguments(3))
            .ResolveAsync(async c => await Queries.CascadeAsync(c, CascadeDirection.Up));

        Field<PathGraphType>("path")
            .WithComplexityImpact(Server.ApiLimits.CostlyFieldImpact)
            .Description("A shortest path between two documents over relations in either direction, with the evidence of every hop; null when none within maxDepth.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Key of the first document")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Key of the second document")
            .Argument<IntGraphType>("maxDepth", "Longest path searched, at most the server's walk limit", a => a.DefaultValue = 6)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Relation types the path may use (default: all)")
            .ResolveAsync(async c => await Queries.PathAsync(c));

        Field<UnitGraphType>("unit")
            .Description("A unit (cơ quan, đơn vị) by key, or by name and province, with its tasks; null when no task names it.")
            .Argument<StringGraphType>("key", "Unit key (UnitRef.key, CascadeUnit.key)")
            .Argument<StringGraphType>("name", "Unit name as documents write it (Sở Tài chính)")
            .Argument<StringGraphType>("province", "Province of a local unit")
            .ResolveAsync(async c => await Queries.UnitAsync(c));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("tasks")
            .Description("Tasks a document assigns, optionally only those with a deadline in a range.")
            .Argument<NonNullGraphType<StringGraphType>>("document", "Key of the document")
            .Argument<DateOnlyGraphType>("deadlineFrom", "Earliest deadline (inclusive)")
            .Argument<DateOnlyGraphType>("deadlineTo", "Latest deadline (inclusive)")
            .ResolveAsync(async c => await Queries.TasksAsync(c));

        Field<NonNullGraphType<StatisticsGraphType>>("statistics")
            .Description("Counts over the whole graph: documents ingested and cited only, nodes by label, edges by type.")
            .ResolveAsync(async c => await c.Kg().Store.GetStatisticsAsync(c.CancellationToken));

        AnalysisFields.AddQueries(this);
    }

    private static QueryArguments WalkArguments(int defaultDepth) => new(
        new QueryArgument<StringGraphType> { Name = "key", Description = "Key of the root document" },
        new QueryArgument<StringGraphType> { Name = "code", Description = "Or its số hiệu (27-CT/TW)" },
        new QueryArgument<IntGraphType> { Name = "year", Description = "Year, when the code alone is ambiguous" },
        new QueryArgument<StringGraphType> { Name = "province", Description = "Province, when the code alone is ambiguous" },
        new QueryArgument<IntGraphType> { Name = "depth", Description = "Steps to walk, at most the server's walk limit", DefaultValue = defaultDepth },
        new QueryArgument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>> { Name = "types", Description = "Relation types to follow (default IMPLEMENTS, BASED_ON, GUIDES, ISSUES)" });
}
