using System.Text.Json.Serialization;

namespace KnowledgeGraph.Corpus;

/// <summary>Cấp ban hành (issuing level): where a generated document sits in the cascade.</summary>
public enum IssuingLevel { Central, Province, Department, Commune }

/// <summary>
/// What a generated document is, computed from its index alone (no text, no state), so a document can name any
/// earlier one without the corpus being held in memory.
/// </summary>
public sealed record DocumentIdentity(
    int Index,
    IssuingLevel Level,
    DocumentKind Kind,
    int Number,
    string Code,
    /// <summary>Cơ quan ban hành as written in a citation ("Ủy ban nhân dân tỉnh Lạng Sơn").</summary>
    string IssuerName,
    string? Province,
    string? Commune,
    DateOnly Date,
    int Topic,
    /// <summary>The key DOMAIN.md §2 gives this document: code, @year unless the code has one, @province slug when local.</summary>
    string ExpectedKey);

/// <summary>One expected citation of a generated document and the relation its cue states.</summary>
public sealed record ExpectedCitation(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("code")] string Code,
    /// <summary>IMPLEMENTS, BASED_ON or CITES (DOMAIN.md §4).</summary>
    [property: JsonPropertyName("relation")] string Relation);

public sealed record ExpectedTask(
    [property: JsonPropertyName("lead")] string Lead,
    [property: JsonPropertyName("support")] IReadOnlyList<string> Support,
    [property: JsonPropertyName("deadline")] string? Deadline);

/// <summary>The ground truth of one generated document: one line of truth.jsonl.</summary>
public sealed record GroundTruth(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("chars")] int Chars,
    [property: JsonPropertyName("citations")] IReadOnlyList<ExpectedCitation> Citations,
    [property: JsonPropertyName("tasks")] IReadOnlyList<ExpectedTask> Tasks);

/// <summary>A generated document: its file name (relative), its text and what it states.</summary>
public sealed record GeneratedDocument(string RelativePath, string Text, GroundTruth Truth);
