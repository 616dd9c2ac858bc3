using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = KnowledgeGraph.Search.Indexing.SearchFields;

namespace KnowledgeGraph.Search;

/// <summary>
/// Tìm kiếm toàn văn (full-text search) over a <see cref="SearchIndex"/>: parses the user's text, filters,
/// groups entries by document, counts facets over all hits, pages, and builds snippets and "cited by".
/// Bad input raises <see cref="SearchQueryException"/> with a message for the user; no Lucene exception escapes.
/// </summary>
public sealed class SearchService(SearchIndex index)
{
    public const int MaxLimit = 100;
    /// <summary>At most this many citing documents are listed per hit.</summary>
    public const int MaxCitedBy = 200;

    private static readonly ISet<string> CitingFields = new HashSet<string> { F.Key, F.CodeDisplay, F.Title, F.Source };

    public SearchResult Search(SearchRequest request)
    {
        if (request.Offset < 0)
            throw new SearchQueryException($"Offset {request.Offset} is negative; it counts hits to skip, from 0.");
        if (request.Limit is < 1 or > MaxLimit)
            throw new SearchQueryException($"Limit {request.Limit} is out of range; ask for 1 to {MaxLimit} hits a page.");

        var query = UserQueryParser.Parse(request.Query);
        var filter = LuceneQueryBuilder.Filter(request.Type, request.Issuer, request.Province, request.Year, request.Domain);
        if (query.IsEmpty && filter is null)
            throw new SearchQueryException("The query is empty: type words, a phrase in \"quotes\" or a code such as 806/QĐ-TTg, or choose a filter.");

        var searcher = index.Acquire();
        try
        {
            var collector = new GroupingCollector();
            var built = LuceneQueryBuilder.Build(query, searcher.IndexReader);
            try
            {
                // The filter is cached per segment and drives (leap-frog from its entries: a province and a type leave a
                // few thousand of the 1.1 million at 100,000 documents). Measured: no gain beyond the noise at 100,000
                // (SCALING.md section 2): the time of a filtered search did not depend on walking postings; most likely
                // it is the set-up of the query's many term and phrase clauses per segment (not profiled).
                searcher.Search(filter is null ? built.Match
                    : new FilteredQuery(built.Match, index.CachedFilter(filter), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), collector);
                if (built.Proximity is not null) ProximityRescorer.Rescore(searcher, collector.Groups, built.Proximity);
            }
            catch (BooleanQuery.TooManyClausesException)
            {
                throw new SearchQueryException("The query matches too many word forms; use fewer or longer words.");
            }

            var groups = collector.Groups
                .OrderByDescending(g => g.Score)
                .ThenBy(g => g.DocumentEntry < 0) // ingested documents before cited-only ones on a tie
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var snippets = new SnippetBuilder(query, built.Typos);
            var hits = groups.Skip(request.Offset).Take(request.Limit)
                .Select(g => ToHit(searcher, g, snippets)).ToList();
            return new SearchResult(groups.Count, hits, Facets(groups), query.Notes);
        }
        finally
        {
            index.Release(searcher);
        }
    }

    private static SearchHit ToHit(IndexSearcher searcher, GroupingCollector.Group g, SnippetBuilder snippets)
    {
        g.CitationEntries.Sort((a, b) => b.Score.CompareTo(a.Score));
        var own = g.DocumentEntry >= 0 ? searcher.Doc(g.DocumentEntry) : FindDocumentEntry(searcher, g.Key);
        IReadOnlyList<string> passages;
        Document display;
        if (own is not null)
        {
            display = own;
            passages = snippets.Build(own.Get(F.Document.Body) ?? "");
            if (passages.Count == 0) passages = snippets.Build(own.Get(F.Document.Title) ?? "");
        }
        else
        {
            // Only cited: the best citation entry describes it; snippets are the citing sentences.
            var citations = g.CitationEntries.Select(c => searcher.Doc(c.Doc)).ToList();
            display = citations[0];
            passages = citations.SelectMany(c => snippets.Build(c.Get(F.Citation.Body) ?? "", 1))
                .Distinct().Take(3).ToList();
        }

        return new SearchHit(
            Key: g.Key,
            Code: display.Get(F.CodeDisplay),
            Type: Enum.TryParse<DocType>(display.Get(F.Type), out var t) ? t : DocType.Khac,
            Title: display.Get(F.For(display.Get(F.Kind)).Title),
            Issuer: display.Get(F.Issuer),
            Province: display.Get(F.Province),
            Date: display.Get(F.Date),
            Source: own?.Get(F.Source),
            Score: g.Score,
            Snippets: passages,
            CitedBy: CitedBy(searcher, g.Key));
    }

    private static Document? FindDocumentEntry(IndexSearcher searcher, string key)
    {
        var top = searcher.Search(OwnEntries(new TermQuery(new Term(F.Key, key))), 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc);
    }

    /// <summary>The ingested documents whose citations name <paramref name="key"/>.</summary>
    private static IReadOnlyList<CitingDocument> CitedBy(IndexSearcher searcher, string key)
    {
        var top = searcher.Search(OwnEntries(new TermQuery(new Term(F.Cites, key))), MaxCitedBy);
        return top.ScoreDocs
            .Select(sd => searcher.Doc(sd.Doc, CitingFields))
            .Select(d => new CitingDocument(d.Get(F.Key), d.Get(F.CodeDisplay), d.Get(F.Title), d.Get(F.Source)))
            .Where(c => c.Key != key)
            .DistinctBy(c => c.Key)
            .OrderBy(c => c.Source, StringComparer.Ordinal)
            .ToList();
    }

    private static Query OwnEntries(Query q) => new BooleanQuery
    {
        { q, Occur.MUST },
        { new TermQuery(new Term(F.Kind, F.KindDocument)), Occur.MUST },
    };

    private static SearchFacets Facets(IReadOnlyList<GroupingCollector.Group> groups) => new(
        Count(groups.Select(g => g.Type)),
        Count(groups.Select(g => g.Issuer)),
        Count(groups.Select(g => g.Province)),
        Count(groups.Select(g => g.Year)));

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<string?> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in values)
            if (v is not null) counts[v] = counts.GetValueOrDefault(v) + 1;
        // Insertion order is the serialisation order: most frequent first, then by name.
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
    }
}
