using System.Threading.Channels;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// The search-index update as a stage of its own: the writer hands over each batch it stored and goes on loading
/// the next one, while one indexing thread applies the batches, in the order they were stored. A bounded queue
/// (<see cref="Capacity"/> batches) between them keeps memory bounded: when the index falls behind, the writer waits.
/// <para>Use <see cref="EnqueueAsync"/> as <see cref="ParallelIngestion.RunAsync"/>'s <c>afterStore</c>, then
/// <see cref="CompleteAsync"/> before committing the index: every stored batch has then been applied, so the index
/// holds what the store holds. A failure of the indexing action stops the stage (later batches are dropped, the
/// store is not affected) and is thrown by <see cref="CompleteAsync"/>; <see cref="Failure"/> tells it earlier.</para>
/// </summary>
public sealed class IndexingStage : IAsyncDisposable
{
    private readonly Channel<(DocumentRecord[] Documents, UpsertResult[] Stored)> _queue;
    private readonly Task _consumer;
    private Exception? _failure;

    /// <param name="apply">Applied to each stored batch on the indexing thread, one batch at a time.</param>
    /// <param name="capacity">Batches waiting for the indexing thread at most.</param>
    public IndexingStage(Func<IReadOnlyList<DocumentRecord>, IReadOnlyList<UpsertResult>, Task> apply, int capacity = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _queue = Channel.CreateBounded<(DocumentRecord[], UpsertResult[])>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait,
        });
        _consumer = Task.Run(async () =>
        {
            await foreach (var (documents, stored) in _queue.Reader.ReadAllAsync())
            {
                if (Volatile.Read(ref _failure) is not null) continue; // drain, so the writer never waits on a dead stage
                try { await apply(documents, stored); }
                catch (Exception e) { Volatile.Write(ref _failure, e); }
            }
        });
    }

    public int Capacity { get; }

    /// <summary>The indexing action's failure, once it failed (later batches are not applied).</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>
    /// Queues a stored batch (copied: the caller may reuse its lists); waits while <see cref="Capacity"/> batches
    /// are queued already.
    /// </summary>
    public Task EnqueueAsync(IReadOnlyList<DocumentRecord> documents, IReadOnlyList<UpsertResult> stored) =>
        _queue.Writer.WriteAsync(([.. documents], [.. stored])).AsTask();

    /// <summary>Waits until every queued batch was applied; throws the indexing action's failure, if any.</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _consumer;
        if (Failure is { } e) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
    }

    /// <summary>Stops taking batches and waits for the ones queued (never throws: an ingest that failed already is unwinding).</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _consumer;
    }
}
