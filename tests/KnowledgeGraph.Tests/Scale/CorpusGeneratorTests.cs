using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Corpus;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Scale;

/// <summary>The synthetic corpus generator: deterministic, realistic in shape, and its truth is what the extractor finds.</summary>
public sealed class CorpusGeneratorTests
{
    [Theory]
    [InlineData(1, 150)]
    [InlineData(42, 60)]
    public void The_same_seed_and_size_write_the_same_bytes(int seed, int documents)
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        new CorpusGenerator(documents, seed).WriteTo(a.Path);
        new CorpusGenerator(documents, seed).WriteTo(b.Path);
        var files = Directory.GetFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(documents + 1, files.Count); // the documents and truth.jsonl
        Assert.Equal(files, Directory.GetFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).Order(StringComparer.Ordinal));
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(a.Path, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, f))), $"{f} differs between two runs");
    }

    [Fact]
    public void Another_seed_writes_other_text_with_the_same_identities()
    {
        var a = new CorpusGenerator(40, 1).Document(30);
        var b = new CorpusGenerator(40, 2).Document(30);
        Assert.NotEqual(a.Text, b.Text);
        Assert.Equal(a.Truth.Key, b.Truth.Key); // identities come from the index, not the seed
    }

    [Fact]
    public void Every_citation_points_to_an_older_generated_document_with_that_key()
    {
        var generator = new CorpusGenerator(800, 1);
        var truths = generator.Documents().Select(d => d.Truth).ToList();
        var byKey = truths.Select((t, i) => (t, i)).ToDictionary(x => x.t.Key, x => x.i);
        Assert.Equal(truths.Count, byKey.Count); // keys are unique
        var citations = 0;
        for (var i = 0; i < truths.Count; i++)
            foreach (var c in truths[i].Citations)
            {
                Assert.True(byKey.TryGetValue(c.Key, out var j), $"{truths[i].File} cites {c.Key}, which was not generated");
                Assert.True(j < i && string.CompareOrdinal(truths[j].Date, truths[i].Date) <= 0, $"{truths[i].File} cites a later document {c.Key}");
                citations++;
            }
        Assert.True(citations > truths.Count / 2, $"only {citations} citations in {truths.Count} documents");
        Assert.Contains(truths, t => t.Citations.Any(c => c.Relation == "IMPLEMENTS"));
        Assert.Contains(truths, t => t.Citations.Any(c => c.Relation == "BASED_ON"));
        Assert.Contains(truths, t => t.Citations.Any(c => c.Relation == "CITES"));
    }

    [Theory]
    [InlineData("Central", "/NQ-CP")]
    [InlineData("Central", "-NQ/TW")]
    [InlineData("Central", "-CT/TW")]
    [InlineData("Central", "/QĐ-TTg")]
    [InlineData("Central", "/NĐ-CP")]
    [InlineData("Province", "/KH-UBND")]
    [InlineData("Province", "-KH/TU")]
    [InlineData("Department", "/KH-S")]
    [InlineData("Commune", "/KH-UBND")]
    public void The_corpus_holds_documents_of_each_level_and_code_shape(string level, string codePart)
    {
        Assert.Contains(new CorpusGenerator(3000, 1).Documents().Take(1500).Select(d => d.Truth),
            t => t.Level == level && t.Code.Contains(codePart, StringComparison.Ordinal));
    }

    [Fact]
    public void Provinces_are_the_63_before_the_2025_merger_and_the_34_after()
    {
        var truths = new CorpusGenerator(2000, 1).Documents().Select(d => d.Truth).Where(t => t.Province is not null).ToList();
        var before = truths.Where(t => string.CompareOrdinal(t.Date, "2025-07-01") < 0).Select(t => t.Province).Distinct().Count();
        var after = truths.Where(t => string.CompareOrdinal(t.Date, "2025-07-01") >= 0).Select(t => t.Province).ToHashSet();
        Assert.Equal(63, before);
        Assert.Equal(34, after.Count);
        Assert.DoesNotContain("Hà Giang", after); // merged into Tuyên Quang
    }

    [Fact]
    public void Lengths_follow_the_real_median_of_about_6400_characters()
    {
        var lengths = new CorpusGenerator(600, 1).Documents().Select(d => d.Text.Length).Order().ToList();
        var median = lengths[lengths.Count / 2];
        Assert.InRange(median, 5000, 8500);
        Assert.True(lengths[^1] > 3 * median, $"no long tail: longest {lengths[^1]}, median {median}");
    }

    /// <summary>Stated accuracy: the extractor finds the generated citations and IMPLEMENTS relations (≥ 95 %), the
    /// documents' own keys (≥ 95 %) and the lead units of the task sections (≥ 80 %: names with a comma such as
    /// "Sở Văn hóa, Thể thao và Du lịch" are cut by the extractor today).</summary>
    [Fact]
    public void The_ground_truth_is_what_the_extractor_finds_on_a_sample()
    {
        var pipeline = new ExtractionPipeline(Decoders.All);
        var total = ExtractionAccuracy.Empty;
        foreach (var d in new CorpusGenerator(300, 7).Documents())
            total = total.Add(TruthComparison.Compare(d.Truth, pipeline.Extract(d.Text, Path.GetFileName(d.RelativePath))));
        Assert.Equal(300, total.Documents);
        Assert.True(total.KeyAccuracy >= 0.95, $"own keys {total.KeyAccuracy:P1}");
        Assert.True(total.Citations.Precision >= 0.95 && total.Citations.Recall >= 0.95, $"citations P {total.Citations.Precision:P1} R {total.Citations.Recall:P1}");
        Assert.True(total.Implements.Precision >= 0.95 && total.Implements.Recall >= 0.95, $"IMPLEMENTS P {total.Implements.Precision:P1} R {total.Implements.Recall:P1}");
        Assert.True(total.Leads.Recall >= 0.80, $"leads R {total.Leads.Recall:P1}");
        Assert.True(total.Citations.TruePositives > 200, "too few citations to judge");
    }

    [Fact]
    public void The_truth_file_reads_back_line_by_line()
    {
        using var folder = new TempFolder();
        var summary = new CorpusGenerator(25, 3).WriteTo(folder.Path);
        var truths = CorpusGenerator.ReadTruth(summary.TruthFile).ToList();
        Assert.Equal(25, truths.Count);
        Assert.All(truths, t => Assert.True(File.Exists(Path.Combine(folder.Path, t.File)), t.File));
        Assert.Equal(new CorpusGenerator(25, 3).Document(24).Truth.Citations, truths[24].Citations);
    }
}
