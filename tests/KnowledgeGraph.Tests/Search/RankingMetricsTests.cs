using Xunit;

namespace KnowledgeGraph.Tests.Search;

public class RankingMetricsTests
{
    [Theory]
    [InlineData(new[] { 2, 0, 1 }, 1.0)]
    [InlineData(new[] { 1, 0, 2 }, 1.0 / 3)]
    [InlineData(new[] { 0, 1, 1 }, 0.0)]
    [InlineData(new int[0], 0.0)]
    public void ReciprocalRankOfTheFirstAnswer(int[] grades, double expected) =>
        Assert.Equal(expected, RankingMetrics.ReciprocalRank(grades, answerGrade: 2), 6);

    [Fact]
    public void NdcgIsOneForTheIdealOrderAndLessOtherwise()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg([2, 1, 0], [2, 1]), 6);
        // (1/log2(2) + 3/log2(3)) / (3 + 1/log2(3)) for [1, 2] against the ideal [2, 1]
        Assert.Equal((1 + 3 / Math.Log2(3)) / (3 + 1 / Math.Log2(3)), RankingMetrics.Ndcg([1, 2], [2, 1]), 6);
        Assert.Equal(0.0, RankingMetrics.Ndcg([0, 0], [2]), 6);
        // A relevant document below the cut-off counts for nothing.
        Assert.Equal(0.0, RankingMetrics.Ndcg([0, 0, 2], [2], k: 2), 6);
    }
}
