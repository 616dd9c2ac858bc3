using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Optional second opinion on relation types (phân loại quan hệ), applied after the rules. The pipeline hands it the
/// extracted document (with <see cref="DocumentRecord.Text"/>, citations and the rules' relations) and keeps what it
/// returns; each returned relation says in <see cref="RelationRecord.DecidedBy"/> whether the rules, the model or both
/// decided its type. Null in <see cref="ExtractionPipeline"/> means rules only. Ingest knows no ML library: the
/// implementation lives in KnowledgeGraph.Ml.
/// </summary>
public interface IRelationClassifier
{
    IReadOnlyList<RelationRecord> Classify(DocumentRecord document);
}

/// <summary>Optional classifier of a task's domain (lĩnh vực nhiệm vụ); null when it cannot tell.</summary>
public interface ITaskDomainClassifier
{
    string? Classify(TaskRecord task);
}
