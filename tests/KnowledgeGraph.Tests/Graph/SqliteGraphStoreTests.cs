using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>The store contract on the embedded SQLite store, one fresh data folder per test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() => await _folder.OpenStoreAsync();

    /// <summary>Throws after the node rows are in, before the edges: the transaction must roll all of it back.</summary>
    protected override void FailMidWrite(IGraphStore store) =>
        ((SqliteGraphStore)store).BeforeWriteStep = step =>
        {
            if (step == "edges") throw new IOException("injected failure before writing edges");
        };

    protected override void StopFailing(IGraphStore store) => ((SqliteGraphStore)store).BeforeWriteStep = null;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_data_lives_in_one_file_in_WAL_mode_and_survives_reopening()
    {
        await Store.UpsertDocumentAsync(GraphFixtures.PlanARecord());
        var before = await Store.GetFingerprintAsync();
        await Store.DisposeAsync();

        await using var reopened = new SqliteGraphStore(_folder.Path);
        await reopened.InitializeAsync();
        Assert.Equal(before.Checksum, (await reopened.GetFingerprintAsync()).Checksum);
        Assert.True(File.Exists(Path.Combine(_folder.Path, GraphDataPaths.SqliteFileName)));
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder.Path, GraphDataPaths.SqliteFileName)}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void A_data_path_that_is_a_file_is_refused_with_a_clear_message()
    {
        var file = Path.Combine(_folder.Path, "not-a-folder");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<ArgumentException>(() => new SqliteGraphStore(file));
        Assert.Contains("is a file", e.Message);
    }
}
