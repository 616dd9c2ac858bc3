using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Ml;

/// <summary>An extraction pipeline with the committed models plugged in (relations only when they beat the rules).</summary>
public static class MlExtraction
{
    public static ExtractionPipeline Pipeline(DecoderRegistry? decoders = null, ModelStore? models = null)
    {
        var m = models ?? ModelStore.Embedded;
        IRelationClassifier? relations = m.Settings.UseRelationModel
            ? new MlRelationClassifier(m.Relations, new RelationCombiner(m.Settings.RelationThreshold))
            : null;
        return new ExtractionPipeline(decoders, relations, new MlTaskDomainClassifier(m.Domains));
    }
}
