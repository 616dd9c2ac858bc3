using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Search.Indexing;

/// <summary>
/// Adds a second query's score (proximity) to the entries of the best groups only: the costly query reads
/// positions of a few hundred documents instead of every match. Groups below the depth keep their score.
/// </summary>
public static class ProximityRescorer
{
    public const int Depth = 200;

    public static void Rescore(IndexSearcher searcher, IReadOnlyCollection<GroupingCollector.Group> groups, Query extra, int depth = Depth)
    {
        var best = groups.OrderByDescending(g => g.Score).Take(depth).ToList();
        var ids = new List<int>();
        foreach (var g in best)
        {
            if (g.DocumentEntry >= 0) ids.Add(g.DocumentEntry);
            ids.AddRange(g.CitationEntries.Select(c => c.Doc));
        }
        if (ids.Count == 0) return;
        var scores = new ScoreCollector();
        searcher.Search(extra, new DocIdsFilter(ids), scores);
        foreach (var g in best)
        {
            var score = float.MinValue;
            if (g.DocumentEntry >= 0) score = g.DocumentScore + scores.Get(g.DocumentEntry);
            foreach (var (doc, s) in g.CitationEntries) score = Math.Max(score, s + scores.Get(doc));
            g.Score = score;
        }
    }

    private sealed class ScoreCollector : ICollector
    {
        private readonly Dictionary<int, float> _scores = [];
        private Scorer? _scorer;
        private int _docBase;

        public float Get(int doc) => _scores.GetValueOrDefault(doc);
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        public void Collect(int doc) => _scores[_docBase + doc] = _scorer!.GetScore();
    }

    /// <summary>Exactly the given (global) doc ids.</summary>
    private sealed class DocIdsFilter(List<int> ids) : Filter
    {
        private readonly int[] _sorted = ids.Order().ToArray();

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var max = context.AtomicReader.MaxDoc;
            var bits = new FixedBitSet(max);
            var from = Array.BinarySearch(_sorted, context.DocBase);
            if (from < 0) from = ~from;
            for (var i = from; i < _sorted.Length && _sorted[i] < context.DocBase + max; i++)
                bits.Set(_sorted[i] - context.DocBase);
            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }
}
