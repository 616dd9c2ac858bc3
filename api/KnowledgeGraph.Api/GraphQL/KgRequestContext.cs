using KnowledgeGraph.Api.GraphQL.Loading;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// What resolvers need for one request (the GraphQL user context): the store, the search index, ingestion,
/// the request's batch loaders, whether the caller gave the API key, and the limits.
/// </summary>
public sealed class KgRequestContext(KgServices services, bool authorised) : Dictionary<string, object?>
{
    public IGraphStore Store => services.Store;
    public KgServices Services => services;
    public ApiLimits Limits => services.Limits;
    public bool Authorised => authorised;
    public GraphLoaders Loaders { get; } = new(services.Store);
}
