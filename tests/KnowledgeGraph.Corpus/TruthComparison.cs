using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Corpus;

/// <summary>True positives, false positives, false negatives; precision and recall (1 when nothing was expected or found).</summary>
public sealed record Score(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public Score Add(Score o) => new(TruePositives + o.TruePositives, FalsePositives + o.FalsePositives, FalseNegatives + o.FalseNegatives);
    public static readonly Score Zero = new(0, 0, 0);

    public static Score Of(IReadOnlySet<string> expected, IReadOnlySet<string> found) =>
        new(found.Count(expected.Contains), found.Count(f => !expected.Contains(f)), expected.Count(e => !found.Contains(e)));
}

/// <summary>How the extractor did on generated documents, summed over documents.</summary>
public sealed record ExtractionAccuracy(int Documents, int KeysRight, Score Citations, Score Implements, Score Leads)
{
    public static readonly ExtractionAccuracy Empty = new(0, 0, Score.Zero, Score.Zero, Score.Zero);

    public ExtractionAccuracy Add(ExtractionAccuracy o) => new(Documents + o.Documents, KeysRight + o.KeysRight,
        Citations.Add(o.Citations), Implements.Add(o.Implements), Leads.Add(o.Leads));

    public double KeyAccuracy => Documents == 0 ? 1 : (double)KeysRight / Documents;
}

/// <summary>
/// Compares one extracted document with its ground truth, on keys (DOMAIN.md §2):
/// <list type="bullet">
/// <item>citations: cited documents with a code (title-only and law references are not in the truth);</item>
/// <item>IMPLEMENTS: the documents this one implements (relations stated by the document itself);</item>
/// <item>leads: lead units of the task section, by folded name (recall is what counts: annex rows may add tasks).</item>
/// </list>
/// </summary>
public static class TruthComparison
{
    public static ExtractionAccuracy Compare(GroundTruth truth, DocumentRecord extracted)
    {
        var expectedCitations = truth.Citations.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var foundCitations = extracted.Citations.Where(c => c.Code is not null && !c.ByTitle).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var expectedImplements = truth.Citations.Where(c => c.Relation == "IMPLEMENTS").Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var foundImplements = extracted.Relations.Where(r => r.Type == RelationType.IMPLEMENTS && r.From == extracted.Key)
            .Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var expectedLeads = truth.Tasks.Select(t => TextFold.Fold(t.Lead)).ToHashSet(StringComparer.Ordinal);
        var foundLeads = extracted.Tasks.SelectMany(t => t.Lead).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);
        var leads = Score.Of(expectedLeads, foundLeads);
        return new ExtractionAccuracy(1, extracted.Key == truth.Key ? 1 : 0,
            Score.Of(expectedCitations, foundCitations), Score.Of(expectedImplements, foundImplements),
            new Score(leads.TruePositives, 0, leads.FalseNegatives));
    }
}
