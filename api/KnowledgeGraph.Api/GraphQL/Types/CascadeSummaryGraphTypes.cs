using System.Globalization;
using System.Text;
using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>
/// The shape of a large cascade without its bulk: counts per depth, province and document type, computed once per
/// answer from the flat nodes (no tasks read).
/// </summary>
public sealed record CascadeCounts(int Documents, int Ingested, int Edges,
    IReadOnlyList<(int Depth, int Documents)> ByDepth, IReadOnlyList<NameCount> ByProvince, IReadOnlyList<NameCount> ByType)
{
    /// <summary>Province and type of a central / untyped document in the groupings.</summary>
    public const string None = "";

    public static CascadeCounts Of(CascadeResult r) => new(
        r.Nodes.Count, r.Nodes.Count(n => n.Document.Ingested), r.Edges.Count,
        r.Nodes.GroupBy(n => n.Depth).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList(),
        NameCount.Of(r.Nodes.GroupBy(n => n.Document.Province ?? None).ToDictionary(g => g.Key, g => g.Count())),
        NameCount.Of(r.Nodes.GroupBy(n => n.Document.Type ?? None).ToDictionary(g => g.Key, g => g.Count())));
}

/// <summary>One page of a cascade's documents in the order of <c>nodes</c> (depth, then key), optionally of one depth, province or type.</summary>
public sealed record CascadeDocumentPage(IReadOnlyList<CascadeNode> Items, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;
    public string? EndCursor => Items.Count == 0 ? null : CascadePageCursor.Encode(Offset + Items.Count);
}

/// <summary>Cursors of cascade pages: the position after the page in the (filtered) document order, opaque to clients.</summary>
public static class CascadePageCursor
{
    private const string Prefix = "cascade:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset in a cursor; an error naming the argument when it is not one this API returned.</summary>
    public static int Decode(string? cursor)
    {
        if (cursor is null) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException) { }
        throw new ExecutionError($"documentsPage: after '{cursor}' is not a cursor this API returned.") { Code = "BAD_CURSOR" };
    }
}

public sealed class CascadeCountsGraphType : ObjectGraphType<CascadeCounts>
{
    public CascadeCountsGraphType()
    {
        Name = "CascadeCounts";
        Description = "How large a cascade is and where its documents are, without the documents: what a client shows first for a cascade of thousands.";
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Documents reached, the root included.").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("ingested").Description("Of those, documents whose text was ingested.").Resolve(c => c.Source.Ingested);
        Field<NonNullGraphType<IntGraphType>>("edges").Description("Relations followed among them.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CascadeDepthCountGraphType>>>>("byDepth").Description("Documents per depth, root (0) first.").Resolve(c => c.Source.ByDepth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("byProvince").Description("Documents per province as written (empty value: central documents), most first.").Resolve(c => c.Source.ByProvince);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("byType").Description("Documents per document type name (empty value: unknown type), most first.").Resolve(c => c.Source.ByType);
    }
}

public sealed class CascadeDepthCountGraphType : ObjectGraphType<(int Depth, int Documents)>
{
    public CascadeDepthCountGraphType()
    {
        Name = "CascadeDepthCount";
        Description = "How many documents of a cascade are at one depth.";
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps from the root.").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Documents at that depth.").Resolve(c => c.Source.Documents);
    }
}

public sealed class CascadeDocumentPageGraphType : ObjectGraphType<CascadeDocumentPage>
{
    public CascadeDocumentPageGraphType()
    {
        Name = "CascadeDocumentPage";
        Description = "One page of a cascade's documents (by depth, then key); ask a document's tasks through Document.tasks when it is opened.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CascadeNodeGraphType>>>>("items").Description("The documents of this page with their depth.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Documents matching the page's filters in the whole cascade.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more documents follow.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as 'after' for the next page; null when the page is empty.").Resolve(c => c.Source.EndCursor);
    }
}

/// <summary>The two fields a cascade gains for large answers: counts, and its documents a page at a time.</summary>
public static class CascadeSummaryFields
{
    public static void Add(ObjectGraphType<CascadeView> cascade)
    {
        cascade.Field<NonNullGraphType<CascadeCountsGraphType>>("counts")
            .Description("Documents and relations reached, per depth, province and type (no tasks are read for it).")
            .Resolve(c => c.Source.Counts);
        cascade.Field<NonNullGraphType<CascadeDocumentPageGraphType>>("documentsPage")
            .Description("The documents reached, one page at a time in the order of nodes (depth, then key), optionally of one depth, province or type.")
            .Argument<IntGraphType>("first", "Page size, 1 to the maximum page size", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", "endCursor of the previous page")
            .Argument<IntGraphType>("depth", "Only documents at this depth")
            .Argument<StringGraphType>("province", "Only documents of this province (with or without diacritics)")
            .Argument<StringGraphType>("type", "Only documents of this type name (KeHoach, QuyetDinh, ...)")
            .Resolve(c =>
            {
                var first = c.PageSize("first", 50);
                var offset = CascadePageCursor.Decode(c.GetArgument<string?>("after"));
                var depth = c.GetArgument<int?>("depth");
                var province = c.GetArgument<string?>("province") is { } p ? LookupKeys.Province(p) : null;
                var type = c.GetArgument<string?>("type");
                IEnumerable<CascadeNode> nodes = c.Source.Result.Nodes;
                if (depth is { } d) nodes = nodes.Where(n => n.Depth == d);
                if (province is not null) nodes = nodes.Where(n => LookupKeys.Province(n.Document.Province) == province);
                if (type is not null) nodes = nodes.Where(n => string.Equals(n.Document.Type, type, StringComparison.OrdinalIgnoreCase));
                var all = depth is null && province is null && type is null ? c.Source.Result.Nodes : nodes.ToList();
                return new CascadeDocumentPage(all.Skip(offset).Take(first).ToList(), all.Count, offset);
            });
    }
}
