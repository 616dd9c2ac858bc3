using global::GraphQL.Types;
using KnowledgeGraph.Search;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class SearchResultGraphType : ObjectGraphType<SearchResult>
{
    public SearchResultGraphType()
    {
        Name = "SearchResult";
        Description = "Full-text search results (tìm kiếm toàn văn): one page of hits, grouped by document, with facets over all hits.";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Documents matching, over all pages.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("hits").Description("This page of hits, best first.").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<SearchFacetsGraphType>>("facets").Description("Counts over all hits (not only this page) by type, issuer, province and year, most frequent first.").Resolve(c => c.Source.Facets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes").Description("What the search did with the query that the user should know (an unclosed quote, words dropped).").Resolve(c => c.Source.Notes);
    }
}

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "One document found: ingested, or only cited by ingested documents.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key of the document.").Resolve(c => c.Source.Key);
        Field<StringGraphType>("code").Description("Số hiệu as written.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("type").Description("Document type name.").Resolve(c => c.Source.Type.ToString());
        Field<StringGraphType>("title").Description("Trích yếu (title).").Resolve(c => c.Source.Title);
        Field<StringGraphType>("issuer").Description("Issuing body.").Resolve(c => c.Source.Issuer);
        Field<StringGraphType>("province").Description("Province, when local.").Resolve(c => c.Source.Province);
        Field<StringGraphType>("date").Description("Date of issue.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("source").Description("Source file; null for a document that is only cited.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance score (higher is better; only comparable within one search).").Resolve(c => (double)c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("snippets").Description("Passages with the matches marked «like this», diacritics as written.").Resolve(c => c.Source.Snippets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightGraphType>>>>("highlights").Description("The snippets as plain text with the spans of the matches, for marking them without parsing «».")
            .Resolve(c => c.Source.Snippets.Select(Highlight.Parse).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitingDocumentGraphType>>>>("citedBy").Description("Ingested documents that cite this one.").Resolve(c => c.Source.CitedBy);
        Field<DocumentGraphType>("document").Description("The document as stored in the graph (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.Key));
    }
}

/// <summary>A snippet without its «» marks and the spans they enclosed.</summary>
public sealed record Highlight(string Text, IReadOnlyList<int[]> Matches)
{
    public static Highlight Parse(string snippet)
    {
        var text = new System.Text.StringBuilder(snippet.Length);
        var matches = new List<int[]>();
        var open = -1;
        foreach (var ch in snippet)
        {
            if (ch == '«') { open = text.Length; continue; }
            if (ch == '»' && open >= 0) { matches.Add([open, text.Length]); open = -1; continue; }
            text.Append(ch);
        }
        return new Highlight(text.ToString(), matches);
    }
}

public sealed class HighlightGraphType : ObjectGraphType<Highlight>
{
    public HighlightGraphType()
    {
        Name = "Highlight";
        Description = "A passage and where the query matched in it.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The passage as plain text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpanGraphType>>>>("matches").Description("Spans of the matches in text.").Resolve(c => c.Source.Matches);
    }
}

public sealed class CitingDocumentGraphType : ObjectGraphType<CitingDocument>
{
    public CitingDocumentGraphType()
    {
        Name = "CitingDocument";
        Description = "An ingested document that cites a search hit.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key of the citing document.").Resolve(c => c.Source.Key);
        Field<StringGraphType>("code").Description("Its số hiệu.").Resolve(c => c.Source.Code);
        Field<StringGraphType>("title").Description("Its title.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("source").Description("Its source file.").Resolve(c => c.Source.Source);
    }
}

public sealed class SearchFacetsGraphType : ObjectGraphType<SearchFacets>
{
    public SearchFacetsGraphType()
    {
        Name = "SearchFacets";
        Description = "Facet counts over all hits.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("type").Description("Hits by document type.").Resolve(c => NameCount.Of(c.Source.Type));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("issuer").Description("Hits by issuer.").Resolve(c => NameCount.Of(c.Source.Issuer));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("province").Description("Hits by province.").Resolve(c => NameCount.Of(c.Source.Province));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGraphType>>>>("year").Description("Hits by year.").Resolve(c => NameCount.Of(c.Source.Year));
    }
}

/// <summary>A value and how often it occurs.</summary>
public sealed record NameCount(string Value, long Count)
{
    public static IReadOnlyList<NameCount> Of<T>(IReadOnlyDictionary<string, T> counts) where T : System.Numerics.INumber<T> =>
        counts.Select(p => new NameCount(p.Key, long.CreateChecked(p.Value))).OrderByDescending(n => n.Count).ThenBy(n => n.Value, StringComparer.Ordinal).ToList();
}

public sealed class CountGraphType : ObjectGraphType<NameCount>
{
    public CountGraphType()
    {
        Name = "Count";
        Description = "A value and how often it occurs.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value (a type, issuer, province, year, label or edge type).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<LongGraphType>>("count").Description("How many.").Resolve(c => c.Source.Count);
    }
}
