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
    private SortedDocValues? _key, _kind, _type, _issuer, _province, _year;
    private readonly BytesRef _scratch = new();

    public IReadOnlyCollection<Group> Groups => _groups.Values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        var r = context.AtomicReader;
        _key = r.GetSortedDocValues(F.Key);
        _kind = r.GetSortedDocValues(F.Kind);
        _type = r.GetSortedDocValues(F.Type);
        _issuer = r.GetSortedDocValues(F.Issuer);
        _province = r.GetSortedDocValues(F.Province);
        _year = r.GetSortedDocValues(F.Year);
    }

    public void Collect(int doc)
    {
        var key = Read(_key, doc);
        if (key is null) return;
        var score = _scorer!.GetScore();
        if (!_groups.TryGetValue(key, out var g)) _groups[key] = g = new Group(key);
        var isDocument = Read(_kind, doc) == F.KindDocument;
        var global = _docBase + doc;
        if (isDocument) { g.DocumentEntry = global; g.DocumentScore = score; }
        else g.CitationEntries.Add((global, score));
        g.Score = Math.Max(g.Score, score);

        // The own entry describes the document best; among citation entries, the best-scoring one.
        var facetScore = isDocument ? float.MaxValue : score;
        if (facetScore > g.FacetScore)
        {
            g.FacetScore = facetScore;
            g.Type = Read(_type, doc);
            g.Issuer = Read(_issuer, doc);
            g.Province = Read(_province, doc);
            g.Year = Read(_year, doc);
        }
    }

    private string? Read(SortedDocValues? values, int doc)
    {
        if (values is null) return null;
        var ord = values.GetOrd(doc);
        if (ord < 0) return null;
        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }
}
