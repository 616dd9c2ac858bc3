namespace KnowledgeGraph.Ml.Relations;

/// <summary>
/// How rules and model are combined: the model's type replaces the rules' only when the model is at least
/// <see cref="Threshold"/> sure (chosen on the train split by cross-validation, stored in the model settings).
/// </summary>
public sealed record RelationCombiner(double Threshold)
{
    public (string Type, double Confidence, string DecidedBy) Combine(string ruleType, double ruleConfidence, string modelType, double modelProbability)
    {
        if (modelType == ruleType) return (ruleType, Math.Round(Math.Max(ruleConfidence, modelProbability), 3), "both");
        if (modelProbability >= Threshold && modelType.Length > 0) return (modelType, Math.Round(modelProbability, 3), "model");
        return (ruleType, ruleConfidence, "rules");
    }
}
