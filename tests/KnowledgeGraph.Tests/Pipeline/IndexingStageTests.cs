using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Pipeline;

/// <summary>The index stage: batches applied in the order stored, a bounded queue, a failure that stops it without blocking the writer.</summary>
public sealed class IndexingStageTests
{
    private static (List<DocumentRecord> Docs, List<UpsertResult> Stored) Batch(int n) =>
        ([new DocumentRecord { Source = $"f{n}.txt", Key = $"k{n}", Code = $"{n}/KH-UBND", Type = DocType.KeHoach }],
         [new UpsertResult($"k{n}", $"f{n}.txt", 0, 0, 0, 0, 0, 0)]);

    [Fact]
    public async Task Batches_are_applied_in_the_order_they_were_stored_and_the_callers_lists_may_be_reused()
    {
        var applied = new List<string>();
        await using var stage = new IndexingStage((docs, stored) =>
        {
            applied.AddRange(docs.Select(d => d.Key));
            return Task.CompletedTask;
        }, capacity: 2);
        var docs = new List<DocumentRecord>();
        var stored = new List<UpsertResult>();
        for (var i = 0; i < 50; i++)
        {
            var (d, s) = Batch(i);
            docs.AddRange(d);
            stored.AddRange(s);
            await stage.EnqueueAsync(docs, stored);
            docs.Clear(); // ParallelIngestion reuses its batch list as soon as afterStore returns
            stored.Clear();
        }
        await stage.CompleteAsync();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"k{i}"), applied);
    }

    [Fact]
    public async Task The_writer_waits_once_capacity_batches_are_queued_behind_the_one_being_indexed()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var applied = 0;
        await using var stage = new IndexingStage(async (_, _) =>
        {
            started.TrySetResult();
            await release.Task;
            Interlocked.Increment(ref applied);
        }, capacity: 3);

        var (d0, s0) = Batch(0);
        await stage.EnqueueAsync(d0, s0);
        await started.Task; // batch 0 is being indexed, the queue is empty
        for (var i = 1; i <= 3; i++)
        {
            var (d, s) = Batch(i);
            Assert.True(stage.EnqueueAsync(d, s).IsCompleted, $"batch {i} should fit in the queue");
        }
        var (d4, s4) = Batch(4);
        var fifth = stage.EnqueueAsync(d4, s4);
        Assert.False(fifth.IsCompleted, "a fourth queued batch must wait: the queue holds 3");

        release.SetResult();
        await fifth;
        await stage.CompleteAsync();
        Assert.Equal(5, applied);
    }

    [Fact]
    public async Task A_failing_index_stops_the_stage_the_writer_goes_on_and_the_failure_is_thrown_at_the_end()
    {
        var applied = new List<string>();
        await using var stage = new IndexingStage((docs, _) =>
        {
            if (docs[0].Key == "k2") throw new InvalidOperationException("index disk full");
            applied.Add(docs[0].Key);
            return Task.CompletedTask;
        }, capacity: 1);
        for (var i = 0; i < 10; i++)
        {
            var (d, s) = Batch(i);
            await stage.EnqueueAsync(d, s); // never stuck behind the failed stage
        }
        var e = await Assert.ThrowsAsync<InvalidOperationException>(stage.CompleteAsync);
        Assert.Equal("index disk full", e.Message);
        Assert.Same(e, stage.Failure);
        Assert.Equal(["k0", "k1"], applied);
    }
}
