using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using KnowledgeGraph.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The bulk path: a whole batch in one transaction (one commit, one WAL sync, instead of one per document), each
/// document inside its own SAVEPOINT so a document the store refuses is rolled back alone and reported while the
/// others stay; statements prepared once for the batch; the shared nodes the batch touched re-derived once, at the end.
/// If anything else goes wrong (I/O, a full disk, the refresh), the batch transaction is rolled back and the batch is
/// written again one transaction per document, which reports or throws exactly as before. Either way a document is
/// written entirely or not at all.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>Page cache of a connection that writes a batch, in KiB (bounded: one pooled connection at a time writes).</summary>
    public const int WriterCacheKiB = 64 * 1024;

    public override async Task<BatchUpsertResult> UpsertDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken ct = default)
    {
        if (documents.Count <= 1) return await UpsertOneByOneAsync(documents, ct);
        var built = new List<(DocumentRecord Record, DocumentFacts Facts)>(documents.Count);
        var refused = new List<UpsertFailure>();
        foreach (var d in documents)
        {
            try { built.Add((d, FactsBuilder.Build(d))); }
            catch (GraphInputException e) { refused.Add(new UpsertFailure(d.Source, d.Key, e.Message)); }
        }
        if (await TryBatchAsync(built, ct) is { } result) return new BatchUpsertResult(result.Stored, [.. refused, .. result.Failed]);
        var one = await UpsertOneByOneAsync(built.Select(b => b.Record).ToList(), ct);
        return new BatchUpsertResult(one.Stored, [.. refused, .. one.Failed]);
    }

    /// <summary>The batch in one transaction; null when it had to be rolled back as a whole.</summary>
    private async Task<BatchUpsertResult?> TryBatchAsync(IReadOnlyList<(DocumentRecord Record, DocumentFacts Facts)> built, CancellationToken ct)
    {
        var stored = new List<UpsertResult>(built.Count);
        var failed = new List<UpsertFailure>();
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var c = await OpenAsync(ct);
            // A larger page cache for the writer (SQLite's default is 2 MB): a batch updates six B-trees at scattered keys.
            await using (var pragma = c.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA cache_size = -{WriterCacheKiB}";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            try
            {
                var touched = new HashSet<(string Label, string Key)>();
                await using (var writer = new SqliteFactWriter(c, tx, BeforeWriteStep))
                {
                    foreach (var (record, facts) in built)
                    {
                        await SavepointAsync(c, tx, "SAVEPOINT doc", ct);
                        var mine = new HashSet<(string Label, string Key)>();
                        try
                        {
                            await writer.WriteFactsAsync(facts, mine, ct);
                            await SavepointAsync(c, tx, "RELEASE doc", ct);
                        }
                        catch (InvalidOperationException e)
                        {
                            await SavepointAsync(c, tx, "ROLLBACK TO doc", ct);
                            await SavepointAsync(c, tx, "RELEASE doc", ct);
                            failed.Add(new UpsertFailure(record.Source, record.Key, e.Message));
                            continue;
                        }
                        touched.UnionWith(mine);
                        stored.Add(Summaries.Of(record, facts));
                    }
                    BeforeWriteStep?.Invoke("refresh");
                    await writer.RefreshAsync(touched, ct);
                }
                await tx.CommitAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                try { await tx.RollbackAsync(CancellationToken.None); } catch (SqliteException) { /* already rolled back by SQLite */ }
                return null;
            }
        }
        finally { _writeLock.Release(); }
        return new BatchUpsertResult(stored, failed);
    }

    private static async Task SavepointAsync(SqliteConnection c, SqliteTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
