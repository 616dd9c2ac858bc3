namespace KnowledgeGraph.Graph.Model;

/// <summary>Down: the documents that carry the root out (implement it, are based on it, ...). Up: what the root carries out.</summary>
public enum CascadeDirection { Down, Up }

/// <summary>How far and along which relations a cascade walks.</summary>
public sealed record CascadeOptions
{
    public const int MaxAllowedDepth = 20;

    public CascadeDirection Direction { get; init; } = CascadeDirection.Down;
    public int MaxDepth { get; init; } = 5;
    /// <summary>Relation types followed. CITES is left out by default: a passing mention is not an act of carrying out.</summary>
    public IReadOnlyList<string> RelationTypes { get; init; } = DefaultTypes;
    /// <summary>Cross SAME_AS edges (a numberless document and the number it is cited by), both ways.</summary>
    public bool FollowSameAs { get; init; } = true;
    public double MinSameAsScore { get; init; } = 0.8;
    /// <summary>False: documents and edges only, no tasks or units (coverage reads the few task fields it needs apart).</summary>
    public bool IncludeTasks { get; init; } = true;

    public static readonly IReadOnlyList<string> DefaultTypes =
        [EdgeType.Implements, EdgeType.BasedOn, EdgeType.Guides, EdgeType.Issues];

    public void Validate()
    {
        if (MaxDepth is < 0 or > MaxAllowedDepth) throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"depth must be 0..{MaxAllowedDepth}");
        foreach (var t in RelationTypes)
            if (!EdgeType.Relations.Contains(t)) throw new ArgumentException($"'{t}' is not a relation type (one of {string.Join(", ", EdgeType.Relations)})");
    }
}

/// <summary>Which edges a shortest path may use; it ignores edge direction.</summary>
public sealed record PathOptions
{
    public int MaxDepth { get; init; } = 6;
    public IReadOnlyList<string> RelationTypes { get; init; } = EdgeType.Relations;
    public bool FollowSameAs { get; init; } = true;
    public double MinSameAsScore { get; init; } = 0.8;

    public void Validate()
    {
        if (MaxDepth is < 1 or > CascadeOptions.MaxAllowedDepth) throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"depth must be 1..{CascadeOptions.MaxAllowedDepth}");
        foreach (var t in RelationTypes)
            if (!EdgeType.Relations.Contains(t)) throw new ArgumentException($"'{t}' is not a relation type (one of {string.Join(", ", EdgeType.Relations)})");
    }
}

/// <summary>
/// Filter on task deadlines, both ends inclusive and optional. A yearly deadline matches when one of its
/// occurrences falls inside; a relative one ("within 10 days of issue") when issue date + days does.
/// </summary>
public sealed record DeadlineRange(DateOnly? From, DateOnly? To);

/// <summary>
/// Filters for listing and counting documents; null means any. Every filter is applied by the store, so a page
/// holds <c>limit</c> matches whenever there are that many and a count needs no paging.
/// </summary>
public sealed record DocumentFilter
{
    /// <summary>Loại văn bản (document type) name: ChiThi, KeHoach, ...</summary>
    public string? Type { get; init; }
    /// <summary>Tỉnh (province), with or without diacritics.</summary>
    public string? Province { get; init; }
    /// <summary>Exactly this year of issue.</summary>
    public int? Year { get; init; }
    /// <summary>Issued in this year or later (documents without a year do not match).</summary>
    public int? YearFrom { get; init; }
    /// <summary>Issued in this year or earlier (documents without a year do not match).</summary>
    public int? YearTo { get; init; }
    /// <summary>Cơ quan ban hành (issuer): every word must occur in the issuer's name, diacritics and case ignored.</summary>
    public string? Issuer { get; init; }
    /// <summary>Every word must occur in the code or the title, diacritics and case ignored (full text: the search service).</summary>
    public string? Text { get; init; }
    /// <summary>True: ingested only; false: cited-only only.</summary>
    public bool? Ingested { get; init; }
}

public sealed record DocumentPage(IReadOnlyList<DocumentNode> Items, string? NextCursor);

/// <summary>An ingested document's text, for rebuilding the search index.</summary>
public sealed record StoredText(string Key, string? Code, string? Type, string? Title, string? Province, string? Date, string? SourceFile, string Text);
