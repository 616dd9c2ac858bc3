using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>Chỉ tiêu (targets) on every store: stored with their evidence, replaced with their document, counted in fingerprints.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Targets_come_back_with_value_unit_sentence_and_a_span_into_the_text()
    {
        await LoadAllAsync();
        var targets = await Store.TargetsOfDocumentsAsync([PlanA, PlanB, "no such key", PlanA]);
        var t = Assert.Single(targets);
        Assert.Equal($"{PlanA}#target-1", t.Key);
        Assert.Equal(PlanA, t.Document);
        Assert.Equal(1, t.Ordinal);
        Assert.Equal(10, t.Value);
        Assert.Equal("%", t.Unit);
        Assert.Equal("Phấn đấu tiết kiệm 10% chi thường xuyên.", t.Text);
        var text = await Store.GetTextAsync(PlanA);
        Assert.Equal("tiết kiệm 10%", text![t.Start!.Value..t.End!.Value]);
        Assert.Empty(await Store.TargetsOfDocumentsAsync([]));
        Assert.Empty(await Store.TargetsOfDocumentsAsync([Directive27])); // cited only: sets nothing
    }

    [Fact]
    public async Task Re_ingesting_a_document_replaces_its_targets_and_changes_the_fingerprint()
    {
        await LoadAllAsync();
        var before = await Store.GetFingerprintAsync();
        var changedText = TextA.Replace("tiết kiệm 10%", "tiết kiệm 15%") + "\nĐạt 95,5% hồ sơ trực tuyến.";
        var changed = PlanARecord() with
        {
            Text = changedText,
            Targets =
            [
                new TargetRecord { Text = "Phấn đấu tiết kiệm 15% chi thường xuyên.", Value = 15, Unit = "%", Evidence = Span(changedText, "tiết kiệm 15%") },
                new TargetRecord { Text = "Đạt 95,5% hồ sơ trực tuyến.", Value = 95.5, Unit = "%", Evidence = Span(changedText, "95,5%") },
            ],
        };
        await Store.UpsertDocumentAsync(changed);
        var targets = (await Store.TargetsOfDocumentsAsync([PlanA])).OrderBy(t => t.Ordinal).ToList();
        Assert.Equal([15, 95.5], targets.Select(t => t.Value));
        Assert.Equal([$"{PlanA}#target-1", $"{PlanA}#target-2"], targets.Select(t => t.Key));
        var after = await Store.GetFingerprintAsync();
        Assert.NotEqual(before.Checksum, after.Checksum);
        Assert.Equal(2, after.NodesByLabel[NodeLabel.Target]);
        Assert.Equal(2, after.EdgesByType[EdgeType.HasTarget]);

        // Back to the first version: the store holds exactly what it held before, targets included.
        await Store.UpsertDocumentAsync(PlanARecord());
        Assert.Equal(before, await Store.GetFingerprintAsync(), FingerprintComparer);

        // A version without targets leaves none behind.
        await Store.UpsertDocumentAsync(PlanARecord() with { Targets = [] });
        Assert.Empty(await Store.TargetsOfDocumentsAsync([PlanA]));
        Assert.DoesNotContain((await Store.ExportSnapshotAsync()).Nodes, n => n.Label == NodeLabel.Target);
    }

    private static Evidence Span(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(i >= 0, $"fixture text lacks '{part}'");
        return new Evidence(i, i + part.Length, part);
    }

    private static readonly IEqualityComparer<StoreFingerprint> FingerprintComparer =
        EqualityComparer<StoreFingerprint>.Create((a, b) => a!.ToString() == b!.ToString(), f => f.ToString().GetHashCode(StringComparison.Ordinal));
}
