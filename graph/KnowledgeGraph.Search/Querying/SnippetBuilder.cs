using System.Text;
using KnowledgeGraph.Search.Analysis;

namespace KnowledgeGraph.Search.Querying;

/// <summary>
/// Trích đoạn (snippets): re-analyses the stored text with the folded analyzer, finds the query's words,
/// phrases, codes and numbers by token, picks the passages with the most distinct matches and marks the
/// matches with «». The passage is cut from the stored text by token offsets, so it keeps its diacritics.
/// No highlighter package: this is the whole of it.
/// </summary>
public sealed class SnippetBuilder
{
    public const string Open = "«";
    public const string Close = "»";
    private const int Width = 220;

    /// <summary>A sequence of folded tokens to find; Fuzzy allows that many edits on a single token.</summary>
    private sealed record Target(int Id, string[] Tokens, string? Exact, int Fuzzy, double Weight)
    {
        /// <summary>A bare number: where it starts a code in the text, the whole code is marked.</summary>
        public bool IsNumber { get; init; }
    }

    private readonly List<Target> _targets = [];

    /// <param name="typos">Words to match fuzzily, as the query did (<see cref="LuceneQueryBuilder.IsTypo"/>); by default
    /// every word of 5+ letters, for use without an index.</param>
    public SnippetBuilder(UserQuery query, IReadOnlySet<QueryWord>? typos = null)
    {
        foreach (var w in query.Words)
        {
            var fuzzy = typos is null || typos.Contains(w) ? w.Folded.Length >= 8 ? 2 : w.Folded.Length >= 5 ? 1 : 0 : 0;
            _targets.Add(new Target(_targets.Count, [w.Folded], w.HasDiacritics ? w.Exact : null, fuzzy, 1));
        }
        foreach (var p in query.Phrases)
            _targets.Add(new Target(_targets.Count, p.Words.Select(w => w.Folded).ToArray(), null, 0, 2));
        foreach (var c in query.Codes)
            _targets.Add(new Target(_targets.Count, c.FoldedTokens.ToArray(), null, 0, 3));
        foreach (var n in query.Numbers)
            _targets.Add(new Target(_targets.Count, [n], null, 0, 1) { IsNumber = true });
    }

    private readonly record struct Match(int Start, int End, int Target, double Weight, bool Exact = false);

    /// <summary>Up to <paramref name="max"/> marked passages of <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<string> Build(string text, int max = 3)
    {
        if (string.IsNullOrEmpty(text) || _targets.Count == 0) return [];
        var tokens = VietnameseAnalyzer.Folded.Tokenize(text);
        var matches = FindMatches(text, tokens);
        if (matches.Count == 0) return [];

        // Candidate passages: from each match, as many following matches as fit in the width.
        var candidates = new List<(int From, int To, double Score)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var j = i;
            while (j + 1 < matches.Count && matches[j + 1].End - matches[i].Start <= Width * 2 / 3) j++;
            var distinct = matches.Skip(i).Take(j - i + 1).GroupBy(m => m.Target).Sum(g => g.Max(m => m.Weight));
            candidates.Add((i, j, distinct + 0.01 * (j - i)));
        }
        var chosen = new List<(int From, int To)>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.From))
        {
            if (chosen.Count == max) break;
            if (chosen.Any(o => c.From <= o.To && o.From <= c.To)) continue;
            chosen.Add((c.From, c.To));
        }
        return chosen.Select(c => Render(text, matches, c.From, c.To)).ToList();
    }

    private List<Match> FindMatches(string text, IReadOnlyList<AnalyzedToken> tokens)
    {
        var result = new List<Match>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var t in _targets)
            {
                if (i + t.Tokens.Length > tokens.Count) continue;
                if (t.Tokens.Length == 1)
                {
                    var term = tokens[i].Term;
                    double weight;
                    var exact = false;
                    if (term == t.Tokens[0])
                    {
                        weight = t.Weight;
                        // Typed with diacritics and written the same way: worth more than a folded match.
                        exact = t.Exact is not null && IsExact(text, tokens[i], t.Exact);
                        if (exact) weight *= 2;
                    }
                    else if (t.Fuzzy > 0 && term.Length >= 3 && term[0] == t.Tokens[0][0] && Edits(term, t.Tokens[0], t.Fuzzy) <= t.Fuzzy)
                        weight = t.Weight * 0.3;
                    else continue;
                    var end = tokens[i].End;
                    if (t.IsNumber && CodeAt(text, tokens[i].Start) is { } codeLength)
                    {
                        end = tokens[i].Start + codeLength;
                        weight *= 2;
                    }
                    result.Add(new Match(tokens[i].Start, end, t.Id, weight, exact));
                }
                else
                {
                    var all = true;
                    for (var k = 0; k < t.Tokens.Length && all; k++) all = tokens[i + k].Term == t.Tokens[k];
                    if (all) result.Add(new Match(tokens[i].Start, tokens[i + t.Tokens.Length - 1].End, t.Id, t.Weight * t.Tokens.Length));
                }
            }
        }
        // A word typed with diacritics and found written that way somewhere: its folded-only matches are other
        // words ("lãng" is not "Lạng") and are not marked. Found only folded (a text typed without diacritics): mark those.
        var exactFound = result.Where(m => _targets[m.Target].Exact is not null && m.Exact).Select(m => m.Target).ToHashSet();
        result.RemoveAll(m => exactFound.Contains(m.Target) && !m.Exact);
        // Fuzzy matches only stand in for a word not found as typed.
        var found = result.Where(m => m.Weight >= _targets[m.Target].Weight).Select(m => m.Target).ToHashSet();
        result.RemoveAll(m => found.Contains(m.Target) && m.Weight < _targets[m.Target].Weight);
        // Longest first at a position, then drop matches inside an earlier one (a phrase covers its words).
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Match>();
        foreach (var m in result)
            if (merged.Count == 0 || m.Start >= merged[^1].End) merged.Add(m);
        return merged;
    }

    private static int? CodeAt(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '-')) return null;
        var window = text.Substring(start, Math.Min(40, text.Length - start));
        var first = Codes.CodeShapes.Default.Find(window).FirstOrDefault();
        return first.Text is not null && first.Start == 0 ? first.Length : null;
    }

    /// <summary>The token as written equals the word as typed, up to case (stored text is NFC, so the span is compared as is; NFD falls back to normalising).</summary>
    private static bool IsExact(string text, AnalyzedToken token, string exact)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        if (span.Length == exact.Length) return span.Equals(exact, StringComparison.OrdinalIgnoreCase);
        return NfcCharFilter.Normalize(span.ToString()).ToLowerInvariant() == exact;
    }

    private static string Render(string text, List<Match> matches, int from, int to)
    {
        var start = matches[from].Start;
        var end = matches[to].End;
        var room = Math.Max(0, Width - (end - start));
        var left = ExtendLeft(text, start, room / 2);
        var right = ExtendRight(text, end, room - (start - left));
        var sb = new StringBuilder();
        if (left > 0 && text[left - 1] != '\n') sb.Append('…');
        var pos = left;
        for (var i = from; i <= to; i++)
        {
            sb.Append(text, pos, matches[i].Start - pos).Append(Open)
              .Append(text, matches[i].Start, matches[i].End - matches[i].Start).Append(Close);
            pos = matches[i].End;
        }
        sb.Append(text, pos, right - pos);
        if (right < text.Length && text[right] != '\n') sb.Append('…');
        return Whitespace(sb.ToString());
    }

    /// <summary>Up to <paramref name="room"/> characters to the left, stopping at a line start and on a word boundary.</summary>
    private static int ExtendLeft(string text, int start, int room)
    {
        var limit = Math.Max(0, start - room);
        var i = start;
        while (i > limit && text[i - 1] != '\n') i--;
        if (i > 0 && text[i - 1] != '\n')
            while (i < start && !char.IsWhiteSpace(text[i - 1])) i++;
        return i;
    }

    private static int ExtendRight(string text, int end, int room)
    {
        var limit = Math.Min(text.Length, end + room);
        var i = end;
        while (i < limit && text[i] != '\n') i++;
        if (i < text.Length && text[i] != '\n')
            while (i > end && !char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    private static string Whitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(ch);
        }
        return sb.ToString().Trim();
    }

    /// <summary>Levenshtein distance with transpositions, giving up above <paramref name="max"/>.</summary>
    private static int Edits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
