using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>A page of documents (Relay-style connection); cursors are opaque. The filter is kept for totalCount.</summary>
public sealed record DocumentConnection(IReadOnlyList<DocumentEdge> Edges, bool HasNextPage, DocumentFilter Filter);

public sealed record DocumentEdge(DocumentNode Node, string Cursor);

public sealed class DocumentConnectionGraphType : ObjectGraphType<DocumentConnection>
{
    public DocumentConnectionGraphType()
    {
        Name = "DocumentConnection";
        Description = "A page of documents in key order; pass pageInfo.endCursor as 'after' for the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentEdgeGraphType>>>>("edges").WithComplexityImpact(1, 1).Description("The documents of this page with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("nodes").WithComplexityImpact(1, 1).Description("The documents of this page.").Resolve(c => c.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<LongGraphType>>("totalCount")
            .Description("How many documents match the filters, over all pages (counted by the store only when asked for).")
            .ResolveAsync(async c => await c.Kg().Store.CountDocumentsAsync(c.Source.Filter, c.CancellationToken));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether there is a next page and the cursor to ask for it.").Resolve(c => c.Source);
    }
}

public sealed class DocumentEdgeGraphType : ObjectGraphType<DocumentEdge>
{
    public DocumentEdgeGraphType()
    {
        Name = "DocumentEdge";
        Description = "A document in a page and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque cursor of this document; pass it as 'after' to continue after it.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<DocumentGraphType>>("node").Description("The document.").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<DocumentConnection>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Paging state of a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more documents follow.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Cursor of the last document of the page; null when the page is empty.").Resolve(c => c.Source.Edges.Count == 0 ? null : c.Source.Edges[^1].Cursor);
        Field<StringGraphType>("startCursor").Description("Cursor of the first document of the page; null when the page is empty.").Resolve(c => c.Source.Edges.Count == 0 ? null : c.Source.Edges[0].Cursor);
    }
}

public sealed class StatisticsGraphType : ObjectGraphType<GraphStatistics>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Description = "Counts over the whole graph.";
        Field<NonNullGraphType<LongGraphType>>("ingestedDocuments").Description("Documents whose text was ingested.").Resolve(c => c.Source.IngestedDocuments);
        Field<NonNullGraphType<LongGraphType>>("citedOnlyDocuments").Description("Documents known only because others cite them.").Resolve(c => c.Source.CitedOnlyDocuments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("nodesByLabel").Description("Nodes per label (Document, Unit, Person, Task, Target).").Resolve(c => NameCount.Of(c.Source.NodesByLabel));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("edgesByType").Description("Edges per type (IMPLEMENTS, CITES, LEAD, ...).").Resolve(c => NameCount.Of(c.Source.EdgesByType));
    }
}

public sealed class IngestResultGraphType : ObjectGraphType<Server.IngestOutcome>
{
    public IngestResultGraphType()
    {
        Name = "IngestResult";
        Description = "What ingesting one document stored.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key the document was stored under.").Resolve(c => c.Source.Key);
        Field<DocumentGraphType>("document").Description("The stored document.").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.Key));
        Field<NonNullGraphType<IntGraphType>>("citations").Description("Citations found.").Resolve(c => c.Source.Citations);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations found.").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<IntGraphType>>("tasks").Description("Tasks found.").Resolve(c => c.Source.Tasks);
        Field<NonNullGraphType<IntGraphType>>("units").Description("Distinct units named in tasks.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<BooleanGraphType>>("indexed").Description("True when the search index was updated too.").Resolve(c => c.Source.Indexed);
        Field<StringGraphType>("indexError").Description("Why the search index was not updated (run kg reindex), when it was not.").Resolve(c => c.Source.IndexError);
    }
}
