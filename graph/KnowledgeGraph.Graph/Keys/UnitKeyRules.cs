using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Graph.Keys;

/// <summary>The unit-name rule file (Rules/unit-names.json), as data.</summary>
public sealed record UnitKeyRules
{
    [JsonPropertyName("rewrites")] public required IReadOnlyList<UnitRewriteRule> Rewrites { get; init; }
    [JsonPropertyName("levels")] public required IReadOnlyList<UnitLevelRule> Levels { get; init; }
    [JsonPropertyName("defaultLevel")] public required DefaultLevels DefaultLevel { get; init; }

    public static UnitKeyRules Embedded { get; } = Load();

    private static UnitKeyRules Load()
    {
        const string name = "KnowledgeGraph.Graph.Rules.unit-names.json";
        using var stream = typeof(UnitKeyRules).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded rule file {name} is missing from the assembly");
        return JsonSerializer.Deserialize<UnitKeyRules>(stream)
            ?? throw new InvalidOperationException($"rule file {name} is empty");
    }
}

public sealed record UnitRewriteRule
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("why")] public string? Why { get; init; }
    [JsonPropertyName("pattern")] public required string Pattern { get; init; }
    [JsonPropertyName("replacement")] public string? Replacement { get; init; }
    /// <summary>"move-tone-left": move the tone mark of group 2 onto group 1 (uỷ → ủy).</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("examples")] public IReadOnlyList<UnitKeyExample> Examples { get; init; } = [];
}

public sealed record UnitKeyExample(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("key")] string Key);

public sealed record UnitLevelRule
{
    [JsonPropertyName("level")] public required string Level { get; init; }
    [JsonPropertyName("pattern")] public required string Pattern { get; init; }
    [JsonPropertyName("examples")] public IReadOnlyList<string> Examples { get; init; } = [];
    [JsonPropertyName("counterExamples")] public IReadOnlyList<string> CounterExamples { get; init; } = [];
}

public sealed record DefaultLevels(
    [property: JsonPropertyName("withProvince")] string WithProvince,
    [property: JsonPropertyName("withoutProvince")] string WithoutProvince);
