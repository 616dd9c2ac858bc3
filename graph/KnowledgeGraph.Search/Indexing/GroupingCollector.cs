using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = KnowledgeGraph.Search.Indexing.SearchFields;

namespace KnowledgeGraph.Search.Indexing;

/// <summary>
/// Collects every hit and groups the entries of one document key (its own entry and the citation entries
/// about it) into one hit with the best score. Facet values are read from doc values while collecting:
/// the document's own entry when it matched, else the best citation entry. No facet package needed.
/// </summary>
public sealed class GroupingCollector : ICollector
{
    public sealed class Group(string key)
    {
        public string Key { get; } = key;
        public float Score { get; set; } = float.MinValue;
        /// <summary>Global doc id of the matched own entry, or -1.</summary>
        public int DocumentEntry { get; set; } = -1;
        public float DocumentScore { get; set; }
        /// <summary>Global doc ids of matched citation entries, best first once sorted.</summary>
        public List<(int Doc, float Score)> CitationEntries { get; } = [];
        public string? Type { get; set; }
        public string? Issuer { get; set; }
        public string? Province { get; set; }
        public string? Year { get; set; }
        internal float FacetScore = float.MinValue;
    }

    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private int _docBase;
    private OrdCache? _key, _kind, _type, _issuer, _province, _year;

    public IReadOnlyCollection<Group> Groups => _groups.Values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        var r = context.AtomicReader;
        _key = OrdCache.For(r, F.Key);
        _kind = OrdCache.For(r, F.Kind);
        _type = OrdCache.For(r, F.Type);
        _issuer = OrdCache.For(r, F.Issuer);
        _province = OrdCache.For(r, F.Province);
        _year = OrdCache.For(r, F.Year);
    }

    public void Collect(int doc)
    {
        var key = _key?.Get(doc);
        if (key is null) return;
        var isDocument = _kind?.Get(doc) == F.KindDocument;
        var score = _scorer!.GetScore();
        if (!_groups.TryGetValue(key, out var g)) _groups[key] = g = new Group(key);
        var global = _docBase + doc;
        if (isDocument) { g.DocumentEntry = global; g.DocumentScore = score; }
        else g.CitationEntries.Add((global, score));
        g.Score = Math.Max(g.Score, score);

        // The own entry describes the document best; among citation entries, the best-scoring one.
        var facetScore = isDocument ? float.MaxValue : score;
        if (facetScore > g.FacetScore)
        {
            g.FacetScore = facetScore;
            g.Type = _type?.Get(doc);
            g.Issuer = _issuer?.Get(doc);
            g.Province = _province?.Get(doc);
            g.Year = _year?.Get(doc);
        }
    }

    /// <summary>Doc values of one field in one segment, each distinct value decoded once (hits share few types, issuers, years).</summary>
    /// <remarks>A field with many values (the key) is cached in a dictionary, not an array as large as the segment's values.</remarks>
    private sealed class OrdCache(SortedDocValues values)
    {
        private readonly string?[]? _array = values.ValueCount <= 4096 ? new string?[values.ValueCount] : null;
        private readonly Dictionary<int, string> _map = [];
        private readonly BytesRef _scratch = new();

        public static OrdCache? For(AtomicReader reader, string field) =>
            reader.GetSortedDocValues(field) is { } v ? new OrdCache(v) : null;

        public string? Get(int doc)
        {
            var ord = values.GetOrd(doc);
            if (ord < 0) return null;
            var cached = _array is not null ? _array[ord] : _map.GetValueOrDefault(ord);
            if (cached is not null) return cached;
            values.LookupOrd(ord, _scratch);
            var s = _scratch.Utf8ToString();
            if (_array is not null) _array[ord] = s; else _map[ord] = s;
            return s;
        }
    }
}
