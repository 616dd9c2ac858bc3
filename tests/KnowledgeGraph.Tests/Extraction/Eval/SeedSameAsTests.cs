using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// DOMAIN §2: a plan that lost its own number is the very document another seed cites by number (seed 001 is
/// "Kế hoạch số 148/KH-UBND ngày 02/6/2025 của UBND tỉnh ..." cited by seed 000). Truth: document.knownAs.
/// SAME_AS is computed over a set of documents, so this runs <see cref="ExtractionPipeline.ExtractPaths"/> on the
/// seeds folder.
/// </summary>
public class SeedSameAsTests
{
    private static readonly Lazy<IReadOnlyList<DocumentRecord>> Linked = new(() =>
        new ExtractionPipeline().ExtractPaths([Path.Combine(EvalPaths.SharedRoot, "seeds")]).Documents);

    private static DocumentRecord LinkedRecord(string seed) =>
        Linked.Value.Single(d => Path.GetFileNameWithoutExtension(d.Source) == seed);

    public static TheoryData<string, string> KnownAs()
    {
        var data = new TheoryData<string, string>();
        foreach (var t in TruthFiles.Seeds.Where(t => t.Document.KnownAs is not null)) data.Add(t.Name, t.Document.KnownAs!);
        return data;
    }

    [Theory, MemberData(nameof(KnownAs))]
    public void Unnumbered_seed_is_linked_first_to_the_number_it_is_cited_by(string seed, string code)
    {
        var same = LinkedRecord(seed).SameAs;

        Assert.True(same.Count > 0 && Matching.SameCode(same[0].Code, code),
            $"{seed}: best SAME_AS candidate should be {code}; got [{string.Join("; ", same.Select(s => $"{s.Code} {s.Score} ({s.Reason})"))}]");
    }

    [Fact]
    public void No_seed_is_linked_to_a_document_it_cites()
    {
        var wrong = TruthFiles.Seeds
            .SelectMany(t => LinkedRecord(t.Name).SameAs
                .Where(s => t.Citations.Any(c => Matching.SameCode(c.Code, s.Code)))
                .Select(s => $"{t.Name} SAME_AS {s.Code} ({s.Reason}), which it cites"))
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
