using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Server;

/// <summary>GraphQL over HTTP: a GET may only read. The endpoint answers this error with 405 and Allow: POST.</summary>
public sealed class HttpGetMutationRule : ValidationRuleBase
{
    public static readonly HttpGetMutationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
        {
            if (op.Operation != OperationType.Query && (ctx.Operation is null || ctx.Operation == op))
                ctx.ReportError(new HttpGetMutationError(ctx, op));
        }));
}

/// <summary>The error of <see cref="HttpGetMutationRule"/>; the endpoint turns it into 405.</summary>
public sealed class HttpGetMutationError(ValidationContext ctx, GraphQLOperationDefinition op)
    : ValidationError(ctx.Document.Source, "HTTP", $"A {op.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", op)
{
}
