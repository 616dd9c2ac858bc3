using global::GraphQL.Types;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Trích dẫn (citation) of another document, with every place it is mentioned.</summary>
public sealed class CitationGraphType : ObjectGraphType<CitationRecord>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "A document cited by the text, merged over all its mentions; spans point into the citing document's text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key of the cited document; pass it to document(key:).").Resolve(c => c.Source.Key);
        Field<StringGraphType>("code").Description("Số hiệu of the cited document as written.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("type").Description("Type of the cited document (ChiThi, QuyetDinh, ...).").Resolve(c => c.Source.Type.ToString());
        Field<StringGraphType>("date").Description("Date of the cited document, when the citation gives it.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("issuer").Description("Issuer of the cited document, when the citation gives it.").Resolve(c => c.Source.Issuer);
        Field<StringGraphType>("province").Description("Province of the cited document, when local.").Resolve(c => c.Source.Province);
        Field<StringGraphType>("subject").Description("What the citing text says the cited document is about.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<BooleanGraphType>>("byTitle").Description("True when cited by title only (no number).").Resolve(c => c.Source.ByTitle);
        Field<StringGraphType>("sentence").Description("The sentence of the first mention.").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpanGraphType>>>>("spans").Description("Every mention: character spans in the citing document's text.").Resolve(c => c.Source.Spans);
        Field<DocumentGraphType>("document").Description("The cited document as stored (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.Key));
    }
}

public sealed class SpanGraphType : ObjectGraphType<int[]>
{
    public SpanGraphType()
    {
        Name = "Span";
        Description = "A character span [start, end) of a text, in UTF-16 code units (JavaScript string indices).";
        Field<NonNullGraphType<IntGraphType>>("start").Description("First character.").Resolve(c => c.Source[0]);
        Field<NonNullGraphType<IntGraphType>>("end").Description("One past the last character.").Resolve(c => c.Source[1]);
    }
}
