using System.Text.Json.Serialization;

namespace KnowledgeGraph.Ml;

/// <summary>What training chose besides the model weights (Models/ml-settings.json).</summary>
public sealed record MlSettings
{
    [JsonPropertyName("version")] public int Version { get; init; } = 1;
    [JsonPropertyName("seed")] public int Seed { get; init; } = 1;
    /// <summary>Model probability above which the model's relation type replaces the rules'.</summary>
    [JsonPropertyName("relationThreshold")] public double RelationThreshold { get; init; }
    /// <summary>Whether extraction should use the relation model at all: true only when the combination beat the rules.</summary>
    [JsonPropertyName("useRelationModel")] public bool UseRelationModel { get; init; }
    /// <summary>Matching-model probability from which an unnumbered document is taken to be the cited one (chosen on train pairs).</summary>
    [JsonPropertyName("matchingThreshold")] public double MatchingThreshold { get; init; }
    [JsonPropertyName("trainRows")] public IReadOnlyDictionary<string, int> TrainRows { get; init; } = new Dictionary<string, int>();
}
