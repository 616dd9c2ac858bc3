using KnowledgeGraph.Search.Analysis;
using KnowledgeGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = KnowledgeGraph.Search.Indexing.SearchFields;

namespace KnowledgeGraph.Search.Querying;

/// <summary>
/// Turns a <see cref="UserQuery"/> into Lucene queries built from objects (no query-parser syntax).
/// <list type="bullet">
/// <item>Each word matches the folded fields; a word typed with diacritics also scores on the exact fields,
///   so "lãng phí" ranks "lãng phí" above "lang phi" while finding both.</item>
/// <item>Typos: a word of 5+ letters that occurs nowhere in the index matches fuzzily instead (one edit,
///   two from 8 letters) at a lower boost. Words that do occur are not expanded: expanding "chinh" would
///   also match rare misspellings ("chinh6") whose high idf outscores the real word.</item>
/// <item>All words must match when there are up to three, three quarters of them beyond that.</item>
/// <item>Proximity: adjacent words matching as a phrase score extra. Phrase scoring reads positions, the
///   costliest part of a query on common syllables, so it is a separate query the service applies to the
///   best hits only (<see cref="BuiltQuery.Proximity"/>).</item>
/// <item>A quoted phrase must match as a phrase (folded); exactly typed, it scores extra.</item>
/// <item>A code must match: the document's own code (highest), a code it cites, or the code's tokens in the text.</item>
/// <item>A bare number must match the number of a code, own or cited, or a number in the text (lowest).</item>
/// </list>
/// </summary>
public static class LuceneQueryBuilder
{
    public const float ExactBoost = 3f;
    public const float TitleBoost = 2f;
    public const float FuzzyBoost = 0.5f;
    public const float OwnCodeBoost = 20f;
    public const float CitedCodeBoost = 4f;

    /// <summary>What must match (and its score), and the proximity boost to add to the best hits.</summary>
    public sealed record BuiltQuery(Query Match, Query? Proximity, IReadOnlySet<QueryWord> Typos);

    /// <param name="reader">Used to tell words that occur in the index from typos; null expands no word.</param>
    public static BuiltQuery Build(UserQuery query, IndexReader? reader = null)
    {
        if (query.IsEmpty) return new BuiltQuery(new MatchAllDocsQuery(), null, new HashSet<QueryWord>());
        var root = new BooleanQuery(disableCoord: true);
        var proximity = new BooleanQuery(disableCoord: true);
        var typos = query.Words.Where(w => IsTypo(w, reader)).ToHashSet();

        if (query.Words.Count > 0)
        {
            var words = new BooleanQuery(disableCoord: false);
            foreach (var w in query.Words) words.Add(Word(w, typos.Contains(w)), Occur.SHOULD);
            var n = query.Words.Count;
            words.MinimumNumberShouldMatch = n <= 3 ? n : (int)Math.Ceiling(n * 0.75);
            root.Add(words, Occur.MUST);
            for (var i = 0; i + 1 < n; i++)
                proximity.Add(Phrase([query.Words[i], query.Words[i + 1]], slop: 0), Occur.SHOULD);
            if (n > 2) proximity.Add(Phrase(query.Words, slop: 2), Occur.SHOULD);
        }
        foreach (var p in query.Phrases) root.Add(Phrase(p.Words, slop: 0), Occur.MUST);
        foreach (var c in query.Codes) root.Add(Code(c), Occur.MUST);
        foreach (var number in query.Numbers) root.Add(Number(number), Occur.MUST);
        return new BuiltQuery(root, proximity.Clauses.Count == 0 ? null : proximity, typos);
    }

    /// <summary>A word of 5+ letters that no document contains, folded.</summary>
    public static bool IsTypo(QueryWord w, IndexReader? reader) =>
        reader is not null && w.Folded.Length >= 5
        && F.TextSets.All(t => reader.DocFreq(new Term(t.Body, w.Folded)) == 0);

    /// <summary>The word in title or body of documents and (weighted lower) of citations.</summary>
    private static Query Word(QueryWord w, bool typo = false)
    {
        var q = new BooleanQuery(disableCoord: true);
        foreach (var t in F.TextSets)
        {
            q.Add(Term(t.Body, w.Folded, t.Weight), Occur.SHOULD);
            q.Add(Term(t.Title, w.Folded, t.Weight * TitleBoost), Occur.SHOULD);
            if (w.HasDiacritics)
            {
                q.Add(Term(t.BodyExact, w.Exact, t.Weight * ExactBoost), Occur.SHOULD);
                q.Add(Term(t.TitleExact, w.Exact, t.Weight * ExactBoost * TitleBoost), Occur.SHOULD);
            }
            if (typo)
            {
                var edits = w.Folded.Length >= 8 ? 2 : 1;
                q.Add(new FuzzyQuery(new Term(t.Body, w.Folded), edits, prefixLength: 1, maxExpansions: 20, transpositions: true)
                    { Boost = t.Weight * FuzzyBoost }, Occur.SHOULD);
            }
        }
        return q;
    }

    /// <summary>The words as a phrase in body or title, folded; exactly typed words score extra on the exact fields.</summary>
    private static Query Phrase(IReadOnlyList<QueryWord> words, int slop)
    {
        if (words.Count == 1) return Word(words[0]);
        var q = new BooleanQuery(disableCoord: true);
        foreach (var t in F.TextSets)
        {
            q.Add(PhraseOf(t.Body, words.Select(w => w.Folded), slop, t.Weight), Occur.SHOULD);
            q.Add(PhraseOf(t.Title, words.Select(w => w.Folded), slop, t.Weight * TitleBoost), Occur.SHOULD);
            if (words.Any(w => w.HasDiacritics))
            {
                q.Add(PhraseOf(t.BodyExact, words.Select(w => w.Exact), slop, t.Weight * ExactBoost), Occur.SHOULD);
                q.Add(PhraseOf(t.TitleExact, words.Select(w => w.Exact), slop, t.Weight * ExactBoost * TitleBoost), Occur.SHOULD);
            }
        }
        return q;
    }

    private static Query Code(QueryCode c)
    {
        var q = new BooleanQuery(disableCoord: true)
        {
            { Term(F.Code, c.Canonical, OwnCodeBoost), Occur.SHOULD },
            { Term(F.CitedCode, c.Canonical, CitedCodeBoost), Occur.SHOULD },
        };
        foreach (var t in F.TextSets)
        {
            q.Add(PhraseOf(t.Body, c.FoldedTokens, 0, t.Weight), Occur.SHOULD);
            q.Add(PhraseOf(t.Title, c.FoldedTokens, 0, t.Weight * TitleBoost), Occur.SHOULD);
        }
        return q;
    }

    private static Query Number(string number)
    {
        var q = new BooleanQuery(disableCoord: true)
        {
            { Term(F.CodeNumber, number, OwnCodeBoost / 2), Occur.SHOULD },
            { Term(F.CitedNumber, number, CitedCodeBoost / 2), Occur.SHOULD },
        };
        foreach (var t in F.TextSets)
        {
            q.Add(Term(t.Body, number, t.Weight * 0.5f), Occur.SHOULD);
            q.Add(Term(t.Title, number, t.Weight * 0.5f), Occur.SHOULD);
        }
        return q;
    }

    private static Query Term(string field, string value, float boost) =>
        new TermQuery(new Term(field, value)) { Boost = boost };

    private static Query PhraseOf(string field, IEnumerable<string> terms, int slop, float boost)
    {
        var p = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var t in terms) p.Add(new Term(field, t));
        return p;
    }

    /// <summary>The filter of a request: all given conditions must hold. Null when there are none.</summary>
    public static Query? Filter(string? type, string? issuer, string? province, int? year, string? domain = null)
    {
        var q = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(domain)) q.Add(new TermQuery(new Term(F.Domain, domain.Trim().ToLowerInvariant())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(type))
            q.Add(new TermQuery(new Term(F.Type, DocTypeNames.Parse(type).ToString())), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(issuer)) q.Add(TextFilter(F.IssuerText, issuer, "issuer"), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(province)) q.Add(TextFilter(F.ProvinceText, province, "province"), Occur.MUST);
        if (year is { } y) q.Add(new TermQuery(new Term(F.Year, y.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        return q.Clauses.Count == 0 ? null : q;
    }

    /// <summary>
    /// The filter value's words as a phrase, folded: "Sở Tài chính" matches "Sở Tài chính tỉnh Lạng Sơn";
    /// for a province a leading "tỉnh" / "thành phố" is dropped, so "tỉnh Lạng Sơn" and "lang son" match "Lạng Sơn".
    /// </summary>
    private static Query TextFilter(string field, string value, string name)
    {
        var tokens = VietnameseAnalyzer.Folded.Tokenize(value).Select(t => t.Term).ToList();
        if (field == F.ProvinceText)
        {
            if (tokens is ["tinh", _, ..]) tokens.RemoveAt(0);
            else if (tokens is ["thanh", "pho", _, ..]) tokens.RemoveRange(0, 2);
            else if (tokens is ["tp", _, ..]) tokens.RemoveAt(0);
        }
        if (tokens.Count == 0)
            throw new SearchQueryException($"The {name} filter \"{value}\" has no words in it.");
        return PhraseOf(field, tokens, 0, 1f);
    }
}
