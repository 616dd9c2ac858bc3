using global::GraphQL;

namespace KnowledgeGraph.Api.GraphQL;

public static class ResolveExtensions
{
    /// <summary>The request context every resolver runs with (set by the endpoint).</summary>
    public static KgRequestContext Kg(this IResolveFieldContext context) => (KgRequestContext)context.UserContext;

    /// <summary>A page size argument checked against the server limit; bad values raise an error naming the argument.</summary>
    public static int PageSize(this IResolveFieldContext context, string argument, int fallback)
    {
        var value = context.GetArgument(argument, fallback);
        var max = context.Kg().Limits.MaxPageSize;
        if (value < 1 || value > max)
            throw new ExecutionError($"{argument}: {value} is out of range; ask for 1 to {max} items a page (the maximum page size).") { Code = "BAD_PAGE_SIZE" };
        return value;
    }

    /// <summary>A walk depth argument checked against the server limit.</summary>
    public static int WalkDepth(this IResolveFieldContext context, string argument, int fallback, int min = 0)
    {
        var value = context.GetArgument(argument, fallback);
        var max = context.Kg().Limits.MaxWalkDepth;
        if (value < min || value > max)
            throw new ExecutionError($"{argument}: {value} is out of range; walks go {min} to {max} steps.") { Code = "BAD_DEPTH" };
        return value;
    }
}
