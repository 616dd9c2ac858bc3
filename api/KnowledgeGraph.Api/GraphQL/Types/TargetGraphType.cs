using global::GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Chỉ tiêu (quantified target).</summary>
public sealed class TargetGraphType : ObjectGraphType<TargetInfo>
{
    public TargetGraphType()
    {
        Name = "Target";
        Description = "A quantified target (chỉ tiêu) a document sets, e.g. forest cover above 67% by 2030, with the span of its value in the document's text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key of the target: document key, '#target-', ordinal.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("documentKey").Description("Key of the document that sets the target.").Resolve(c => c.Source.Document);
        Field<DocumentGraphType>("document").Description("The document that sets the target (batched).").Resolve(c => c.Kg().Loaders.Documents.Load(c.Source.Document));
        Field<NonNullGraphType<IntGraphType>>("ordinal").Description("Position of the target in its document, from 1.").Resolve(c => c.Source.Ordinal);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The number (67 for 'trên 67%').").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("Its unit as written (%, ...).").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The sentence that states the target, as written (the evidence).").Resolve(c => c.Source.Text);
        Field<IntGraphType>("start").Description("Start offset of the value in its document's text.").Resolve(c => c.Source.Start);
        Field<IntGraphType>("end").Description("End offset (exclusive) of the value in its document's text.").Resolve(c => c.Source.End);
    }
}
