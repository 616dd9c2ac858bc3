using KnowledgeGraph.Graph.Keys;

namespace KnowledgeGraph.Graph.Query;

/// <summary>
/// The word filters of a <see cref="Model.DocumentFilter"/> (issuer, text) as the stores apply them: folded words,
/// each of which must occur in the folded property. Both stores fold the same way, so they give the same answers.
/// </summary>
public static class FilterWords
{
    /// <summary>The distinct words of a filter, folded like <see cref="TextFold.Ascii"/>; empty when there are none.</summary>
    public static IReadOnlyList<string> Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : TextFold.Ascii(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// [letter, folded] for every lower-case precomposed Latin letter that <see cref="TextFold.Ascii"/> changes
    /// (ạ → a, ệ → e, đ → d, ...). Neo4j has no such function without plugins: its statements fold a property with
    /// toLower and these replacements, which is <see cref="TextFold.Ascii"/> on NFC text (stored text is NFC).
    /// </summary>
    public static IReadOnlyList<string[]> FoldPairs { get; } = BuildFoldPairs();

    private static List<string[]> BuildFoldPairs()
    {
        var pairs = new List<string[]>();
        foreach (var (from, to) in new[] { (0x00C0, 0x024F), (0x1E00, 0x1EFF) })
            for (var code = from; code <= to; code++)
            {
                var letter = ((char)code).ToString();
                if (letter != letter.ToLowerInvariant()) continue; // toLower has already run
                var folded = TextFold.Ascii(letter);
                if (folded != letter && folded.Length > 0) pairs.Add([letter, folded]);
            }
        return pairs;
    }
}
