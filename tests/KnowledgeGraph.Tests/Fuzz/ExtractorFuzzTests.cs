using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of extraction (a fixed-length, fixed-seed run in CI): for any text, extraction either
/// refuses it with a <see cref="DecodeException"/> naming the source, or returns a record whose every piece of
/// evidence points inside the normalised text and whose text is NFC.
/// </summary>
public sealed class ExtractorFuzzTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    [Fact]
    public void Any_text_is_extracted_or_refused_with_a_clear_error_and_evidence_stays_inside_the_text()
    {
        Prop.ForAll(FuzzInputs.Documents(), raw =>
        {
            DocumentRecord doc;
            try { doc = Pipeline.Extract(raw, "fuzz.txt"); }
            catch (DecodeException e)
            {
                Assert.Contains("fuzz.txt", e.Message);
                return;
            }
            var text = doc.Text!;
            Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC), "text is not NFC");
            Assert.False(string.IsNullOrEmpty(doc.Key), "no key");
            foreach (var e in Spans(doc))
                Assert.True(e.Start >= 0 && e.Start <= e.End && e.End <= text.Length, $"evidence [{e.Start},{e.End}) outside text of {text.Length}");
            foreach (var s in doc.Citations.SelectMany(c => c.Spans))
                Assert.True(s[0] >= 0 && s[0] <= s[1] && s[1] <= text.Length, $"citation span [{s[0]},{s[1]}) outside text of {text.Length}");
        }).Check(FuzzInputs.Config(500));
    }

    private static IEnumerable<Evidence> Spans(DocumentRecord doc) =>
        doc.Relations.Select(r => r.Evidence)
            .Concat(doc.Tasks.Select(t => t.Evidence))
            .Concat(doc.Targets.Select(t => t.Evidence));
}
