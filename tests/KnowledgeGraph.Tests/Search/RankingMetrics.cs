namespace KnowledgeGraph.Tests.Search;

/// <summary>
/// MRR and nDCG@k over graded judgments. A ranked list is given as the gain of each position (0 when not
/// relevant, or when it repeats a relevant document already counted); the ideal list is every judged grade.
/// </summary>
public static class RankingMetrics
{
    /// <summary>1 / rank of the first result of grade <paramref name="answerGrade"/> or more within k; 0 when none.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> grades, int answerGrade, int k = 10)
    {
        for (var i = 0; i < Math.Min(k, grades.Count); i++)
            if (grades[i] >= answerGrade) return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>nDCG@k with gain 2^grade − 1 and log2(rank + 1) discount.</summary>
    public static double Ndcg(IReadOnlyList<int> grades, IEnumerable<int> judged, int k = 10)
    {
        var ideal = Dcg(judged.OrderByDescending(g => g).ToList(), k);
        return ideal == 0 ? 0 : Dcg(grades, k) / ideal;
    }

    private static double Dcg(IReadOnlyList<int> grades, int k)
    {
        double sum = 0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++)
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        return sum;
    }
}
