using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ml.Relations;

/// <summary>The extraction hook: each relation the rules found is re-read by the model and combined.</summary>
public sealed class MlRelationClassifier(RelationModel model, RelationCombiner combiner) : IRelationClassifier
{
    public IReadOnlyList<RelationRecord> Classify(DocumentRecord document)
    {
        var result = new List<RelationRecord>(document.Relations.Count);
        foreach (var rel in document.Relations)
        {
            var context = RelationContext.Build(document, rel);
            var (type, probability) = model.Predict(RelationInput.From(context));
            var (final, confidence, by) = combiner.Combine(rel.Type.ToString(), rel.Confidence, type, probability);
            result.Add(rel with { Type = Enum.Parse<RelationType>(final), Confidence = confidence, DecidedBy = by });
        }
        return result;
    }
}
