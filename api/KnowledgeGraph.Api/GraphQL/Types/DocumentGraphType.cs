using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Văn bản (document): metadata, text, citations, relations both ways, tasks by unit.</summary>
public sealed class DocumentGraphType : ObjectGraphType<DocumentNode>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "A document (văn bản): ingested (its text was read) or known only because ingested documents cite it.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Stable key of the document in the graph (e.g. 2023:27-CT/TW).").Resolve(c => c.Source.Key);
        Field<StringGraphType>("code").Description("Số hiệu (document number) as written, e.g. 27-CT/TW; null for documents without one.").Resolve(c => c.Source.Code);
        Field<StringGraphType>("type").Description("Loại văn bản (document type) name: ChiThi, NghiQuyet, QuyetDinh, KeHoach, ...").Resolve(c => c.Source.Type);
        Field<StringGraphType>("title").Description("Trích yếu (title), with Vietnamese diacritics as written.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("issuer").Description("Cơ quan ban hành (issuing body).").Resolve(c => c.Source.Issuer);
        Field<StringGraphType>("province").Description("Province of a local document; null for central documents.").Resolve(c => c.Source.Province);
        Field<StringGraphType>("date").Description("Ngày ban hành (date of issue) as extracted (ISO yyyy-mm-dd when complete).").Resolve(c => c.Source.Date);
        Field<IntGraphType>("year").Description("Year of issue.").Resolve(c => c.Source.Year);
        Field<StringGraphType>("signer").Description("Người ký (signer).").Resolve(c => c.Source.Signer);
        Field<NonNullGraphType<BooleanGraphType>>("ingested").Description("True when the document itself was ingested; false when it is only cited.").Resolve(c => c.Source.Ingested);
        Field<StringGraphType>("sourceFile").Description("The file an ingested document was read from.").Resolve(c => c.Source.SourceFile);
        Field<StringGraphType>("text").Description("The normalised full text of an ingested document; every span in this API points into it. Null when cited only.")
            .Resolve(c => c.Kg().Loaders.Texts.Load(c.Source.Key));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations")
            .Description("The documents this one cites, each with every place it is mentioned (spans into text), for marking and linking them in the text.")
            .Resolve(c => c.Kg().Loaders.Texts.Load(c.Source.Key).Then(text => Citations(c.Source, text)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relationsOut")
            .Description("Relations this document states towards others (it IMPLEMENTS, is BASED_ON, CITES, ... them), with evidence.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Relation types to return (default: all)")
            .Resolve(c => c.Kg().Loaders.Edges.Load(c.Source.Key).Then(edges => Filter(edges, c, e => e.From == c.Source.Key)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relationsIn")
            .Description("Relations other documents state towards this one (they implement it, cite it, ...), with evidence.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Relation types to return (default: all)")
            .Resolve(c => c.Kg().Loaders.Edges.Load(c.Source.Key).Then(edges => Filter(edges, c, e => e.To == c.Source.Key)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("citedBy")
            .Description("CITES relations pointing at this document: who cites it, in which sentence. The main facts about a cited-only document.")
            .Resolve(c => c.Kg().Loaders.Edges.Load(c.Source.Key).Then(edges =>
                (IReadOnlyList<GraphEdge>)edges!.Where(e => e.To == c.Source.Key && e.Type == EdgeType.Cites).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("sameAs")
            .Description("SAME_AS candidates: a document without its own number and the numbered document it probably is, with a score.")
            .Resolve(c => c.Kg().Loaders.Edges.Load(c.Source.Key).Then(edges =>
                (IReadOnlyList<GraphEdge>)edges!.Where(e => e.Type == EdgeType.SameAs).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("tasks")
            .Description("Nhiệm vụ (tasks) this document assigns, in document order.")
            .Resolve(c => c.Kg().Loaders.Tasks.Load(c.Source.Key));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("targets")
            .Description("Chỉ tiêu (quantified targets) this document sets, in document order, each with its sentence and span.")
            .Resolve(c => c.Kg().Loaders.Targets.Load(c.Source.Key));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitTasksGraphType>>>>("tasksByUnit")
            .Description("The document's tasks grouped by the unit named in them (lead or support), units in key order, tasks by deadline then order.")
            .Resolve(c => c.Kg().Loaders.Tasks.Load(c.Source.Key).Then(tasks => UnitTasks.Group(tasks!)));
    }

    private static IReadOnlyList<GraphEdge> Filter(IReadOnlyList<GraphEdge>? edges, IResolveFieldContext c, Func<GraphEdge, bool> side)
    {
        var types = c.GetArgument<List<string>?>("types");
        return (edges ?? []).Where(e => e.Type != EdgeType.SameAs && side(e) && (types is null || types.Contains(e.Type))).ToList();
    }

    // Citations come from rules alone; the models only type relations.
    private static readonly ExtractionPipeline RulesOnly = new(Decoders.All);

    /// <summary>Citations with every span: the store keeps the first mention, so the stored (normalised) text is extracted again, as reindex does.</summary>
    private static IReadOnlyList<CitationRecord> Citations(DocumentNode d, string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        try { return RulesOnly.ExtractNormalized(text, d.SourceFile ?? d.Key).Citations; }
        catch (Ingest.Decoding.DecodeException) { return []; }
    }
}

/// <summary>Continuations on the loader results, so a field can shape what a batch returned.</summary>
public static class DataLoaderResultExtensions
{
    public static global::GraphQL.DataLoader.IDataLoaderResult<TOut> Then<TIn, TOut>(
        this global::GraphQL.DataLoader.IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(global::GraphQL.DataLoader.IDataLoaderResult<TIn> inner, Func<TIn, TOut> map)
        : global::GraphQL.DataLoader.IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));
        async Task<object?> global::GraphQL.DataLoader.IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
