using System.Text.Json.Serialization;

namespace KnowledgeGraph.Ml.Evaluation;

/// <summary>The <c>evaluate --json</c> document (issue #7): relations for rules, model and combined; domains; matching.</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("relations")] RelationScores Relations,
    [property: JsonPropertyName("domains")] DomainScores Domains,
    [property: JsonPropertyName("matching")] MatchingScores Matching);

public sealed record RelationScores(
    [property: JsonPropertyName("rules")] MulticlassScore Rules,
    [property: JsonPropertyName("model")] MulticlassScore Model,
    [property: JsonPropertyName("combined")] MulticlassScore Combined);

/// <summary>Confusion rows are gold classes, columns predicted classes, both in the order of TaskDomains.All.</summary>
public sealed record DomainScores(
    [property: JsonPropertyName("macroF1")] double MacroF1,
    [property: JsonPropertyName("perClass")] IReadOnlyDictionary<string, ClassScore> PerClass,
    [property: JsonPropertyName("confusion")] int[][] Confusion);

public sealed record MatchingScores(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall);
