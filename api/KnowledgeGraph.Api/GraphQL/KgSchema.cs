using System.Text.Encodings.Web;
using global::GraphQL;
using global::GraphQL.DI;
using global::GraphQL.Types;
using KnowledgeGraph.Api.Server;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The GraphQL schema (code-first); the printed SDL is approved in schema.graphql by a golden test.</summary>
public sealed class KgSchema : Schema
{
    public KgSchema(IServiceProvider services) : base(services)
    {
        Description = "Knowledge graph of Vietnamese policy documents: how a directive cascades down to the units that must act.";
        Query = services.GetRequiredService<QueryGraphType>();
        Mutation = services.GetRequiredService<MutationGraphType>();
        // Introspection (GraphiQL, buildClientSchema) must pass whatever the complexity limit.
        this.WithIntrospectionComplexityImpact(0);
    }

    /// <summary>The GraphQL services: schema and graph types, relaxed JSON escaping (Vietnamese as is), depth and
    /// complexity limits, no exception details to clients. Used by the server and the schema test.</summary>
    public static void Configure(IGraphQLBuilder b, ApiLimits limits) => b
        .AddSchema<KgSchema>()
        .AddGraphTypes(typeof(KgSchema).Assembly)
        .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
        .AddComplexityAnalyzer(c =>
        {
            c.MaxDepth = limits.MaxDepth;
            c.MaxComplexity = limits.MaxComplexity;
            c.DefaultListImpactMultiplier = ApiLimits.ListSizeEstimate;
        })
        .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false);
}
