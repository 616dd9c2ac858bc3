using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Domains;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Lĩnh vực (domain) of a chỉ tiêu (target) for side by side: the committed task-domain model (the one that set the
/// tasks' domains at ingest) over the target's sentence, so targets line up with the tasks of the same domain.
/// </summary>
public static class TargetDomains
{
    private static readonly Lazy<MlTaskDomainClassifier> Classifier = new(() => new MlTaskDomainClassifier(ModelStore.Embedded.Domains));

    public static string? Of(TargetInfo target) => Classifier.Value.Classify(new TaskRecord
    {
        Lead = [], Support = [], Text = target.Text, Evidence = new Evidence(target.Start ?? 0, target.End ?? 0, target.Text),
    });
}
