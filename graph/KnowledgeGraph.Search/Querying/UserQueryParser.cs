using System.Text;
using KnowledgeGraph.Search.Analysis;
using KnowledgeGraph.Search.Codes;

namespace KnowledgeGraph.Search.Querying;

/// <summary>
/// Parses user text into words, "quoted phrases", codes and bare numbers. Everything else (Lucene
/// operators, field syntax, wildcards, brackets) is plain punctuation to the analyzer and disappears;
/// nothing the user types reaches a Lucene query parser.
/// </summary>
public static class UserQueryParser
{
    public const int MaxLength = 1000;
    /// <summary>Words, numbers and phrase words together; beyond this the rest is dropped with a note.</summary>
    public const int MaxTerms = 32;

    /// <summary>Parses <paramref name="text"/>; a null or blank text is <see cref="UserQuery.Empty"/>.</summary>
    /// <exception cref="SearchQueryException">Too long, or no word, phrase, code or number in it.</exception>
    public static UserQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return UserQuery.Empty;
        if (text.Length > MaxLength)
            throw new SearchQueryException(
                $"The query is {text.Length:N0} characters long; the limit is {MaxLength:N0}. Search for a few words, a phrase in \"quotes\" or a code such as 806/QĐ-TTg.");

        var notes = new List<string>();
        var normalized = NfcCharFilter.Normalize(text).Replace('“', '"').Replace('”', '"').Replace('„', '"');
        var words = new List<QueryWord>();
        var phrases = new List<QueryPhrase>();
        var codes = new List<QueryCode>();
        var numbers = new List<string>();
        var budget = MaxTerms;
        var truncated = false;

        foreach (var (segment, quoted) in SplitQuotes(normalized, notes))
        {
            if (quoted)
            {
                var phraseWords = Words(segment);
                var trimmed = segment.Trim();
                // A code in quotes is still a code.
                if (CodeShapes.Default.Find(trimmed).ToList() is [var only] && only.Length == trimmed.Length)
                    AddCode(codes, only.Text);
                else if (phraseWords.Count > 0)
                {
                    if (phraseWords.Count > budget) { phraseWords = phraseWords.Take(budget).ToList(); truncated = true; }
                    if (phraseWords.Count > 0) phrases.Add(new QueryPhrase(trimmed, phraseWords));
                    budget -= phraseWords.Count;
                }
                continue;
            }

            var rest = new StringBuilder(segment);
            var found = CodeShapes.Default.Find(segment).ToList();
            foreach (var code in found) AddCode(codes, code.Text);
            foreach (var code in Enumerable.Reverse(found)) rest.Remove(code.Start, code.Length).Insert(code.Start, ' ');
            foreach (var w in Words(rest.ToString()))
            {
                if (budget == 0) { truncated = true; break; }
                budget--;
                if (w.Exact.All(char.IsAsciiDigit))
                {
                    var n = DocumentCode.CanonicalNumber(w.Exact);
                    if (!numbers.Contains(n)) numbers.Add(n);
                }
                else if (!words.Contains(w)) words.Add(w);
            }
        }

        if (truncated) notes.Add($"Only the first {MaxTerms} words of the query were searched.");
        var query = new UserQuery(words, phrases, codes, numbers, notes);
        if (query.IsEmpty)
            throw new SearchQueryException(
                $"The query \"{Shorten(text)}\" has no words, phrases or codes to search for (punctuation and operators such as * : ( AND are ignored).");
        return query;
    }

    private static void AddCode(List<QueryCode> codes, string text)
    {
        var canonical = DocumentCode.Canonical(text);
        if (codes.Any(c => c.Canonical == canonical)) return;
        codes.Add(new QueryCode(text, canonical, VietnameseAnalyzer.Folded.Tokenize(text).Select(t => t.Term).ToList()));
    }

    private static List<QueryWord> Words(string text)
    {
        var exact = VietnameseAnalyzer.Exact.Tokenize(text);
        return exact.Select(t => new QueryWord(t.Term, TextFolding.Fold(t.Term))).ToList();
    }

    /// <summary>Alternating unquoted and quoted segments; an unclosed quote runs to the end, with a note.</summary>
    private static IEnumerable<(string Text, bool Quoted)> SplitQuotes(string text, List<string> notes)
    {
        var quoteCount = text.Count(c => c == '"');
        var parts = text.Split('"');
        if (quoteCount % 2 == 1)
            notes.Add("A quote was not closed: the text after it was searched as a phrase.");
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Length > 0) yield return (parts[i], i % 2 == 1);
    }

    private static string Shorten(string text)
    {
        var t = text.Trim();
        return t.Length <= 60 ? t : t[..60] + "…";
    }
}
