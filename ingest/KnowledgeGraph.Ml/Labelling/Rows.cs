using System.Text.Json.Serialization;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ml.Labelling;

/// <summary>A labelled citation context (Data/relations.jsonl). <see cref="Label"/> is a relation type or NONE.</summary>
public sealed record RelationRow
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("from")] public required string From { get; init; }
    [JsonPropertyName("to")] public required string To { get; init; }
    [JsonPropertyName("context")] public required string Context { get; init; }
    [JsonPropertyName("left")] public required string Left { get; init; }
    [JsonPropertyName("thirdParty")] public bool ThirdParty { get; init; }
    [JsonPropertyName("ruleType")] public required string RuleType { get; init; }
    [JsonPropertyName("ruleConfidence")] public double RuleConfidence { get; init; }
    [JsonPropertyName("citingType")] public required string CitingType { get; init; }
    [JsonPropertyName("citedType")] public required string CitedType { get; init; }
    [JsonPropertyName("position")] public double Position { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
}

/// <summary>A labelled task (Data/tasks.jsonl); <see cref="Label"/> is one of <see cref="Domains.TaskDomains.All"/>.</summary>
public sealed record TaskRow
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("section")] public string? Section { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
}

/// <summary>A labelled pair (Data/matching.jsonl): is the unnumbered document <see cref="Doc"/> the cited one?</summary>
public sealed record MatchRow
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("doc")] public required string Doc { get; init; }
    [JsonPropertyName("docType")] public required string DocType { get; init; }
    [JsonPropertyName("docIssuer")] public string? DocIssuer { get; init; }
    [JsonPropertyName("docProvince")] public string? DocProvince { get; init; }
    [JsonPropertyName("docDate")] public string? DocDate { get; init; }
    [JsonPropertyName("docTitle")] public required string DocTitle { get; init; }
    [JsonPropertyName("citedIn")] public required string CitedIn { get; init; }
    [JsonPropertyName("citedKey")] public required string CitedKey { get; init; }
    [JsonPropertyName("citedCode")] public string? CitedCode { get; init; }
    [JsonPropertyName("citedType")] public required string CitedType { get; init; }
    [JsonPropertyName("citedIssuer")] public string? CitedIssuer { get; init; }
    [JsonPropertyName("citedProvince")] public string? CitedProvince { get; init; }
    [JsonPropertyName("citedDate")] public string? CitedDate { get; init; }
    [JsonPropertyName("citedSubject")] public string? CitedSubject { get; init; }
    /// <summary>A numbered document with its number hidden; <see cref="MaskedCode"/> is its real key.</summary>
    [JsonPropertyName("masked")] public bool Masked { get; init; }
    [JsonPropertyName("maskedCode")] public string? MaskedCode { get; init; }
    [JsonPropertyName("label")] public bool? Label { get; init; }

    public static MatchRow From(string docId, DocumentRecord d, string citedIn, CitationRecord c) => new()
    {
        Id = $"{docId}~{c.Key}", Doc = docId, DocType = d.Type.ToString(), DocIssuer = d.Issuer?.Name,
        DocProvince = d.Issuer?.Province, DocDate = d.Date, DocTitle = d.Title!,
        CitedIn = citedIn, CitedKey = c.Key, CitedCode = c.Code, CitedType = c.Type.ToString(), CitedIssuer = c.Issuer,
        CitedProvince = c.Province, CitedDate = c.Date, CitedSubject = c.Subject,
    };

    /// <summary>The pair as the two records the matcher scores.</summary>
    public (DocumentRecord Doc, CitationRecord Cited) ToRecords() => (
        new DocumentRecord
        {
            Source = Doc, Key = Doc, Type = Enum.Parse<DocType>(DocType), Date = DocDate, Title = DocTitle,
            Issuer = DocIssuer is null ? null : new IssuerRef(DocIssuer, DocProvince),
        },
        new CitationRecord
        {
            Key = CitedKey, Code = CitedCode, Type = Enum.Parse<DocType>(CitedType), Issuer = CitedIssuer,
            Province = CitedProvince, Date = CitedDate, Subject = CitedSubject, Spans = [],
        });
}
