using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>One dense generated graph of 3,000 documents for the walk comparisons (built once).</summary>
public sealed class DenseGraphFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    public const int Documents = 3000;
    public SqliteGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DenseGraph.WriteAsync(_folder.Path, Documents, seed: 7);
        Store = new SqliteGraphStore(_folder.Path);
        await Store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>
/// The breadth-first walk of the embedded store gives exactly the answers of the recursive CTE it replaced, on a
/// dense graph with cycles, hubs, SAME_AS above and below the threshold and ends that are not stored documents:
/// whole cascades (documents, depths, edges, tasks, units) and shortest paths, at several depth limits both ways.
/// </summary>
public sealed class WalkEquivalenceTests(DenseGraphFixture graph) : IClassFixture<DenseGraphFixture>
{
    private static readonly string[] Roots =
        [.. Enumerable.Range(0, 6).Select(Key), .. new[] { 61, 250, 777, 1500, 2222, 2999 }.Select(Key)];

    private static string Key(int i) => $"doc-{i:D5}";

    public static TheoryData<CascadeDirection, int> Limits() => new()
    {
        { CascadeDirection.Down, 1 }, { CascadeDirection.Down, 2 }, { CascadeDirection.Down, 3 }, { CascadeDirection.Down, 6 },
        { CascadeDirection.Up, 1 }, { CascadeDirection.Up, 3 }, { CascadeDirection.Up, 6 },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Cascades_are_identical_to_the_recursive_CTE(CascadeDirection direction, int depth)
    {
        var sizes = new List<int>();
        foreach (var root in Roots)
        {
            var options = new CascadeOptions { Direction = direction, MaxDepth = depth };
            var (old, now) = await BothAsync(s => s.CascadeAsync(root, options));
            Assert.NotNull(now);
            Assert.Equal(DenseGraph.Canonical(old), DenseGraph.Canonical(now));
            sizes.Add(now!.Nodes.Count);
        }
        // The comparison means something: the walks go past the first level, and stop at the limit.
        Assert.Contains(sizes, s => s > 1);
        Assert.All(sizes, s => Assert.True(s <= DenseGraphFixture.Documents));
    }

    [Fact]
    public async Task The_graph_is_dense_enough_for_the_depth_limit_to_matter()
    {
        var shallow = await graph.Store.CascadeAsync(Key(0), new CascadeOptions { MaxDepth = 2 });
        var deep = await graph.Store.CascadeAsync(Key(0), new CascadeOptions { MaxDepth = 6 });
        Assert.True(deep!.Nodes.Count > 500, $"depth-6 cascade of {Key(0)} holds {deep.Nodes.Count} documents");
        Assert.True(shallow!.Nodes.Count < deep.Nodes.Count);
        Assert.Equal(6, deep.Nodes.Max(n => n.Depth));
        Assert.DoesNotContain(deep.Nodes, n => n.Document.Key.StartsWith("missing-", StringComparison.Ordinal));
        Assert.True(deep.Tasks.Count > 0 && deep.Units.Count > 0);
    }

    [Fact]
    public async Task Cascade_options_that_change_the_walk_give_the_same_answers()
    {
        foreach (var options in DenseGraph.WalkVariants())
            foreach (var root in Roots.Take(4))
            {
                var (old, now) = await BothAsync(s => s.CascadeAsync(root, options));
                Assert.Equal(DenseGraph.Canonical(old), DenseGraph.Canonical(now));
            }
    }

    [Fact]
    public async Task Shortest_paths_are_identical_to_the_recursive_CTE()
    {
        var rng = new Random(3);
        var found = 0;
        for (var i = 0; i < 30; i++)
        {
            var (a, b) = (Key(rng.Next(DenseGraphFixture.Documents)), Key(rng.Next(DenseGraphFixture.Documents)));
            var options = new PathOptions { MaxDepth = 1 + i % 6 };
            var (old, now) = await BothAsync(s => s.FindPathAsync(a, b, options));
            Assert.Equal(DenseGraph.Canonical(old), DenseGraph.Canonical(now));
            if (now is not null) found++;
        }
        Assert.InRange(found, 1, 29);
    }

    private async Task<(T Old, T New)> BothAsync<T>(Func<SqliteGraphStore, Task<T>> query)
    {
        var store = graph.Store;
        store.WalkMode = SqliteWalkMode.RecursiveCte;
        try
        {
            var old = await query(store);
            store.WalkMode = SqliteWalkMode.Frontier;
            return (old, await query(store));
        }
        finally { store.WalkMode = SqliteWalkMode.Frontier; }
    }
}
