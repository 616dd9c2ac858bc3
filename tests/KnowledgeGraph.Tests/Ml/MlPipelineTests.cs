using Xunit;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ml;

/// <summary>The models plugged into extraction of the real seed plans.</summary>
public sealed class MlPipelineTests
{
    private static void RequireSeeds() =>
        Assert.True(Directory.Exists(RepoPaths.Seeds), $"the shared seed plans are missing: expected {RepoPaths.Seeds}");

    [Fact]
    public void Seeds_keep_every_rule_relation_and_say_who_decided_each_type()
    {
        RequireSeeds();
        var rules = new ExtractionPipeline().ExtractPaths([RepoPaths.Seeds]).Documents;
        var ml = MlExtraction.Pipeline().ExtractPaths([RepoPaths.Seeds]).Documents;
        Assert.Equal(rules.Count, ml.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            Assert.Equal(rules[i].Relations.Select(r => (r.From, r.To)), ml[i].Relations.Select(r => (r.From, r.To)));
            Assert.All(rules[i].Relations, r => Assert.Equal("rules", r.DecidedBy));
            Assert.All(ml[i].Relations, r => Assert.Contains(r.DecidedBy, new[] { "rules", "model", "both" }));
            Assert.All(ml[i].Relations, r => Assert.InRange(r.Confidence, 0, 1));
        }
        var all = ml.SelectMany(d => d.Relations).ToList();
        Assert.True(all.Count(r => r.DecidedBy == "both") > all.Count / 2, "model and rules agree on most seed relations");
        // The cascade's anchor edge survives the model.
        Assert.Contains(all, r => r.From.StartsWith("98/NQ-CP", StringComparison.Ordinal) && r.To.StartsWith("27-CT/TW", StringComparison.Ordinal) && r.Type == Ingest.Model.RelationType.IMPLEMENTS);
    }

    [Fact]
    public void Seed_tasks_get_a_domain_and_the_rules_only_pipeline_leaves_it_empty()
    {
        RequireSeeds();
        var ml = MlExtraction.Pipeline().ExtractPaths([RepoPaths.Seeds]).Documents.SelectMany(d => d.Tasks).ToList();
        var rules = new ExtractionPipeline().ExtractPaths([RepoPaths.Seeds]).Documents.SelectMany(d => d.Tasks).ToList();
        Assert.NotEmpty(ml);
        Assert.All(ml, t => Assert.Contains(t.Domain!, TaskDomains.All));
        Assert.All(rules, t => Assert.Null(t.Domain));
        Assert.True(ml.Select(t => t.Domain).Distinct().Count() >= 3, "seed tasks span several domains");
    }
}
