using System.Text.Json.Serialization;

namespace KnowledgeGraph.Ingest.Model;

/// <summary>
/// Loại văn bản (document type). Serialised by name; the names are the extraction JSON contract.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocType>))]
public enum DocType
{
    /// <summary>Chỉ thị (directive)</summary>
    ChiThi,
    /// <summary>Nghị quyết (resolution)</summary>
    NghiQuyet,
    /// <summary>Quyết định (decision)</summary>
    QuyetDinh,
    /// <summary>Kế hoạch (plan)</summary>
    KeHoach,
    /// <summary>Công điện (official dispatch by telegram)</summary>
    CongDien,
    /// <summary>Hướng dẫn (guidance)</summary>
    HuongDan,
    /// <summary>Luật (law)</summary>
    Luat,
    /// <summary>Nghị định (decree)</summary>
    NghiDinh,
    /// <summary>Thông tư (circular)</summary>
    ThongTu,
    /// <summary>Kết luận (conclusion)</summary>
    KetLuan,
    /// <summary>Thông báo (notice)</summary>
    ThongBao,
    /// <summary>Chương trình (programme)</summary>
    ChuongTrinh,
    /// <summary>Quy định (regulation)</summary>
    QuyDinh,
    /// <summary>Công văn (official letter)</summary>
    CongVan,
    /// <summary>Đề án (scheme / project)</summary>
    DeAn,
    /// <summary>Báo cáo (report)</summary>
    BaoCao,
    /// <summary>Anything else (Chiến lược, Pháp lệnh, ...)</summary>
    Khac,
}

/// <summary>Relation types of the extraction contract (DOMAIN.md §4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationType>))]
public enum RelationType
{
    IMPLEMENTS,
    BASED_ON,
    AMENDS,
    REPLACES,
    REPEALS,
    GUIDES,
    ISSUES,
    CITES,
}

/// <summary>A character span of the normalised text and the sentence it lies in.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Cơ quan ban hành (issuing body) with the province it belongs to, when local.</summary>
public sealed record IssuerRef(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("province")] string? Province);

/// <summary>One cited document, merged over all places it is cited in one source.</summary>
public sealed record CitationRecord
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("type")] public required DocType Type { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("province")] public string? Province { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    /// <summary>Title-only reference (no code) resolved through the known-titles rule file, or a named law.</summary>
    [JsonPropertyName("byTitle")] public bool ByTitle { get; init; }
    [JsonPropertyName("spans")] public required IReadOnlyList<int[]> Spans { get; init; }
    /// <summary>The sentence of the first mention.</summary>
    [JsonPropertyName("sentence")] public string? Sentence { get; init; }
}

public sealed record RelationRecord
{
    [JsonPropertyName("from")] public required string From { get; init; }
    [JsonPropertyName("to")] public required string To { get; init; }
    [JsonPropertyName("type")] public required RelationType Type { get; init; }
    [JsonPropertyName("confidence")] public required double Confidence { get; init; }
    /// <summary>"rules", "model" or "both" (they agreed): which component decided the type.</summary>
    [JsonPropertyName("decidedBy")] public string DecidedBy { get; init; } = "rules";
    [JsonPropertyName("evidence")] public required Evidence Evidence { get; init; }
}

public sealed record DeadlineRecord(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("recurrence")] string? Recurrence,
    /// <summary>For yearly deadlines: "MM-DD"; for relative ones: the number of days after issue.</summary>
    [property: JsonPropertyName("monthDay")] string? MonthDay = null,
    [property: JsonPropertyName("relativeDays")] int? RelativeDays = null);

public sealed record TaskRecord
{
    [JsonPropertyName("lead")] public required IReadOnlyList<string> Lead { get; init; }
    [JsonPropertyName("support")] public required IReadOnlyList<string> Support { get; init; }
    [JsonPropertyName("deadline")] public DeadlineRecord? Deadline { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("section")] public string? Section { get; init; }
    /// <summary>"assign" (Giao X chủ trì), "request" (Đề nghị X), "heading" (a unit as a section heading), "fields" (Đơn vị chủ trì: X), "execute" (Điều N. ... chịu trách nhiệm thi hành Quyết định này).</summary>
    [JsonPropertyName("kind")] public string Kind { get; init; } = "assign";
    /// <summary>Lĩnh vực (domain), set by the task-domain model when one is loaded: "finance-budget", "public-assets", ...</summary>
    [JsonPropertyName("domain")] public string? Domain { get; init; }
    [JsonPropertyName("evidence")] public required Evidence Evidence { get; init; }
}

public sealed record TargetRecord
{
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("value")] public required double Value { get; init; }
    [JsonPropertyName("unit")] public required string Unit { get; init; }
    [JsonPropertyName("evidence")] public required Evidence Evidence { get; init; }
}

public sealed record SectionRecord(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("heading")] string Heading,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("level")] int Level);

/// <summary>A candidate identity for a document without its own number (DOMAIN.md §2).</summary>
public sealed record SameAsRecord(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reason")] string Reason);

/// <summary>Everything extracted from one input file.</summary>
public sealed record DocumentRecord
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("code")] public string? Code { get; init; }
    [JsonPropertyName("type")] public required DocType Type { get; init; }
    [JsonPropertyName("issuer")] public IssuerRef? Issuer { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("signer")] public string? Signer { get; init; }
    [JsonPropertyName("recipients")] public IReadOnlyList<string> Recipients { get; init; } = [];
    [JsonPropertyName("sections")] public IReadOnlyList<SectionRecord> Sections { get; init; } = [];
    [JsonPropertyName("citations")] public IReadOnlyList<CitationRecord> Citations { get; init; } = [];
    [JsonPropertyName("relations")] public IReadOnlyList<RelationRecord> Relations { get; init; } = [];
    [JsonPropertyName("tasks")] public IReadOnlyList<TaskRecord> Tasks { get; init; } = [];
    [JsonPropertyName("targets")] public IReadOnlyList<TargetRecord> Targets { get; init; } = [];
    [JsonPropertyName("sameAs")] public IReadOnlyList<SameAsRecord> SameAs { get; init; } = [];
    /// <summary>SHA-256 of the normalised text: lets a store tell a re-ingest of the same content from a changed one.</summary>
    [JsonPropertyName("contentHash")] public string? ContentHash { get; init; }
    /// <summary>The normalised text all spans point into. Not part of the extract JSON; stores and the index use it.</summary>
    [JsonIgnore] public string Text { get; init; } = "";
}

public sealed record ExtractionError(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("message")] string Message);

public sealed record ExtractionResult(
    [property: JsonPropertyName("documents")] IReadOnlyList<DocumentRecord> Documents,
    [property: JsonPropertyName("errors")] IReadOnlyList<ExtractionError> Errors);
