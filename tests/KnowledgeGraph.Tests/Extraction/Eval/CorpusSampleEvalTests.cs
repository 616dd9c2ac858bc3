using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// The corpus sample (Golden/corpus/*.truth.json) measured against the real extractor: REPORT.md gets the
/// numbers, and each metric in thresholds.json must stay at its level minus the margin.
/// </summary>
public class CorpusSampleEvalTests
{
    public static TheoryData<string> Metrics()
    {
        var data = new TheoryData<string>();
        foreach (var name in Thresholds.Load().Levels.Keys) data.Add(name);
        return data;
    }

    [Theory, MemberData(nameof(Metrics))]
    public void Metric_stays_at_its_recorded_level(string metric)
    {
        var thresholds = Thresholds.Load();
        var totals = ScoreTotals.Of(EvalReport.Corpus);
        Assert.True(totals.Metrics.ContainsKey(metric), $"thresholds.json names an unknown metric '{metric}'");

        var measured = totals.Metrics[metric];
        var floor = thresholds.Levels[metric] - thresholds.Margin;

        Assert.True(measured >= floor,
            $"{metric} = {measured:0.000} on {totals.Documents} corpus documents, below {thresholds.Levels[metric]:0.000} - {thresholds.Margin} "
            + $"{(thresholds.Provisional ? "(provisional level) " : "")}. See REPORT.md for the misses:\n  "
            + string.Join("\n  ", EvalReport.Corpus.SelectMany(s => EvalReport.Findings(s).Select(f => $"{s.Name}: {f.Kind}: {f.Finding}")).Take(40)));
    }

    [Fact]
    public void Report_is_written_with_the_measured_numbers()
    {
        EvalReport.WriteMeasuredBlock();

        var report = File.ReadAllText(EvalReport.ReportPath);
        Assert.Contains(EvalReport.BeginMarker, report);
        Assert.Contains($"Corpus sample ({EvalReport.Corpus.Count} documents)", report);
        foreach (var s in EvalReport.Corpus) Assert.Contains($"| {s.Name} |", report);
    }
}
