using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ml.Labelling;

namespace KnowledgeGraph.Ml.Matching;

/// <summary>
/// The matching threshold: chosen on scored labelled train pairs to maximise F1 (ties: the higher threshold, fewer
/// false links). The score is <see cref="MatchingModel"/>'s probability (or, for comparison, SameAsMatcher's rule score).
/// </summary>
public static class MatchingThreshold
{
    /// <summary>The extractor's own rule score for a pair, the baseline the model is compared with.</summary>
    public static double RuleScore(MatchRow pair)
    {
        var (doc, cited) = pair.ToRecords();
        return doc.Title is null ? 0 : SameAsMatcher.Score(doc, cited);
    }

    public static double Choose(IReadOnlyList<(double Score, bool Gold)> scored)
    {
        var best = (F1: -1.0, T: 0.5);
        foreach (var t in Enumerable.Range(5, 91).Select(i => i / 100.0))
        {
            var (p, r) = PrecisionRecall(scored, t);
            var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (f1 >= best.F1) best = (f1, t);
        }
        return best.T;
    }

    public static (double Precision, double Recall) PrecisionRecall(IEnumerable<(double Score, bool Gold)> scored, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (s, g) in scored)
        {
            var p = s >= threshold;
            if (p && g) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }
        return (tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn));
    }
}
