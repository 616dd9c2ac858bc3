using System.Text.Json.Serialization;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Search;

/// <summary>A search as the CLI, the GraphQL API and the UI ask it.</summary>
public sealed record SearchRequest
{
    /// <summary>Words (with or without diacritics), "quoted phrases", codes (806/QĐ-TTg in any spelling), bare numbers.
    /// May be empty when a filter is given: then every document the filters allow.</summary>
    public string? Query { get; init; }
    /// <summary>DocType name, Vietnamese name or abbreviation: "KeHoach", "Kế hoạch", "KH".</summary>
    public string? Type { get; init; }
    /// <summary>Words of the issuer's name, folded: "UBND tỉnh Lạng Sơn", "so tai chinh".</summary>
    public string? Issuer { get; init; }
    public string? Province { get; init; }
    public int? Year { get; init; }
    /// <summary>Documents with at least one task of this domain (the ML task-domain classifier's names, e.g.
    /// "digital-transformation", "administrative-reform").</summary>
    public string? Domain { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
}

public sealed record SearchResult(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("hits")] IReadOnlyList<SearchHit> Hits,
    [property: JsonPropertyName("facets")] SearchFacets Facets,
    /// <summary>What the search did with the query that the user should know (an unclosed quote, words dropped).</summary>
    [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes);

/// <summary>One document found: ingested (Source set) or only cited by ingested documents (CitedBy non-empty).</summary>
public sealed record SearchHit(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("type")] DocType Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("issuer")] string? Issuer,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("date")] string? Date,
    /// <summary>The source file; null for a document that is only cited.</summary>
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("score")] float Score,
    /// <summary>Passages with the matches marked «like this», diacritics as written.</summary>
    [property: JsonPropertyName("snippets")] IReadOnlyList<string> Snippets,
    /// <summary>Ingested documents that cite this one.</summary>
    [property: JsonPropertyName("citedBy")] IReadOnlyList<CitingDocument> CitedBy);

public sealed record CitingDocument(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("source")] string? Source);

/// <summary>Counts over all hits (not only the page), most frequent first.</summary>
public sealed record SearchFacets(
    [property: JsonPropertyName("type")] IReadOnlyDictionary<string, int> Type,
    [property: JsonPropertyName("issuer")] IReadOnlyDictionary<string, int> Issuer,
    [property: JsonPropertyName("province")] IReadOnlyDictionary<string, int> Province,
    [property: JsonPropertyName("year")] IReadOnlyDictionary<string, int> Year);
