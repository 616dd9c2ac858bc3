using global::GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Quan hệ (relation) between two documents, with the evidence it was read from.</summary>
public sealed class RelationGraphType : ObjectGraphType<GraphEdge>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A relation between two documents (IMPLEMENTS, BASED_ON, CITES, ... or SAME_AS) with its evidence.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("Relation type: IMPLEMENTS, BASED_ON, AMENDS, REPLACES, REPEALS, GUIDES, ISSUES, CITES or SAME_AS.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("fromKey").Description("Key of the document the relation goes from (X in 'X implements Y').").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("toKey").Description("Key of the document the relation goes to (Y in 'X implements Y').").Resolve(c => c.Source.To);
        Field<DocumentGraphType>("from").Description("The document the relation goes from (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.From));
        Field<DocumentGraphType>("to").Description("The document the relation goes to (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.To));
        Field<NonNullGraphType<EvidenceGraphType>>("evidence").Description("Where the relation was read: source document, span, sentence, confidence.").Resolve(c => c.Source.Evidence);
        Field<FloatGraphType>("score").Description("SAME_AS only: how likely the two are one document (0-1).").Resolve(c => c.Source.Score);
        Field<StringGraphType>("reason").Description("SAME_AS only: why they are thought to be one document.").Resolve(c => c.Source.Reason);
    }
}

/// <summary>Căn cứ (evidence) of an edge.</summary>
public sealed class EvidenceGraphType : ObjectGraphType<EdgeEvidence>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "Where a relation was stated: the document whose text says it, the character span in that text and the sentence.";
        Field<NonNullGraphType<StringGraphType>>("sourceKey").Description("Key of the document whose text states the relation; start/end point into its text.").Resolve(c => c.Source.Source);
        Field<IntGraphType>("start").Description("Start offset (UTF-16 code units) of the evidence in the source document's text.").Resolve(c => c.Source.Start);
        Field<IntGraphType>("end").Description("End offset (exclusive) of the evidence in the source document's text.").Resolve(c => c.Source.End);
        Field<StringGraphType>("sentence").Description("The sentence that states the relation, as written.").Resolve(c => c.Source.Sentence);
        Field<FloatGraphType>("confidence").Description("Confidence of the relation type, 0-1.").Resolve(c => c.Source.Confidence);
        Field<StringGraphType>("decidedBy").Description("What decided the type: rules, model or citation.").Resolve(c => c.Source.DecidedBy);
    }
}

/// <summary>Relation types as an enum for arguments.</summary>
public sealed class RelationTypeGraphType : EnumerationGraphType
{
    public RelationTypeGraphType()
    {
        Name = "RelationType";
        Description = "Types of relation between documents (DOMAIN.md §4).";
        foreach (var t in EdgeType.Relations) Add(t, t, $"The {t} relation.");
    }
}
