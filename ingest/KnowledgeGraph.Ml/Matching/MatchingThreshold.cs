using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ml.Labelling;

namespace KnowledgeGraph.Ml.Matching;

/// <summary>
/// Ghép văn bản không số (matching unnumbered documents to cited ones): the score is the extractor's own
/// <see cref="SameAsMatcher.Score"/> (type, issuer, province, date, title containment); what is learnt here is the
/// threshold, chosen on the labelled train pairs to maximise F1 (ties: the higher threshold, fewer false links).
/// </summary>
public static class MatchingThreshold
{
    public static double Score(MatchRow pair)
    {
        var (doc, cited) = pair.ToRecords();
        return doc.Title is null ? 0 : SameAsMatcher.Score(doc, cited);
    }

    public static double Choose(IReadOnlyList<MatchRow> train)
    {
        var scored = train.Select(p => (Score: Score(p), Gold: p.Label == true)).ToList();
        var best = (F1: -1.0, T: 0.7);
        foreach (var t in Enumerable.Range(30, 66).Select(i => i / 100.0))
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
