using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ml.Domains;

/// <summary>The extraction hook that sets <see cref="TaskRecord.Domain"/>.</summary>
public sealed class MlTaskDomainClassifier(DomainModel model) : ITaskDomainClassifier
{
    public string? Classify(TaskRecord task) => string.IsNullOrWhiteSpace(task.Text) ? null : model.Predict(task.Text).Domain;
}
