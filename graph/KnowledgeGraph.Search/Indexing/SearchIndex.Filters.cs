using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace KnowledgeGraph.Search.Indexing;

/// <summary>
/// Search filters (type, province, issuer, year, domain) are few and asked again and again: each is computed once
/// per index segment and kept (<see cref="CachingWrapperFilter"/> keys its sets by segment, so a reopened reader
/// recomputes only new segments, and deleted entries are still left out at search time).
/// </summary>
public sealed partial class SearchIndex
{
    /// <summary>Distinct filters kept at most; past it the cache starts again (a safety bound, not an LRU).</summary>
    public const int MaxCachedFilters = 512;

    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    /// <summary>
    /// The filter for <paramref name="query"/>, its document sets cached per segment. Two queries with the same
    /// text form (<see cref="Query.ToString()"/>) share an entry.
    /// </summary>
    public Filter CachedFilter(Query query)
    {
        var key = query.ToString();
        if (_filters.TryGetValue(key, out var cached)) return cached;
        if (_filters.Count >= MaxCachedFilters) _filters.Clear();
        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(query)));
    }
}
