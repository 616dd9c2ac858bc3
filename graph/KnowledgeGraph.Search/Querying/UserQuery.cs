namespace KnowledgeGraph.Search.Querying;

/// <summary>A word of the query: as typed (lower case, NFC) and folded.</summary>
public sealed record QueryWord(string Exact, string Folded)
{
    public bool HasDiacritics => Exact != Folded;
}

/// <summary>A phrase typed in quotes: its words in order.</summary>
public sealed record QueryPhrase(string Text, IReadOnlyList<QueryWord> Words);

/// <summary>A document code typed in the query, canonical, with the folded tokens it has in running text.</summary>
public sealed record QueryCode(string Text, string Canonical, IReadOnlyList<string> FoldedTokens);

/// <summary>
/// What the user asked for, parsed from their text by <see cref="UserQueryParser"/>: never Lucene syntax.
/// A bare number ("806") is kept apart from words: it should match the number part of codes.
/// </summary>
public sealed record UserQuery(
    IReadOnlyList<QueryWord> Words,
    IReadOnlyList<QueryPhrase> Phrases,
    IReadOnlyList<QueryCode> Codes,
    IReadOnlyList<string> Numbers,
    IReadOnlyList<string> Notes)
{
    public static readonly UserQuery Empty = new([], [], [], [], []);

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Codes.Count == 0 && Numbers.Count == 0;
}
