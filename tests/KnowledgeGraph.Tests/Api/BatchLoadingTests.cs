using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Tests.Graph;
using KnowledgeGraph.Tests.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>No N+1: nested fields over a page of documents cost one store call per level, not one per document.</summary>
public sealed class BatchLoadingTests(BatchLoadingTests.CountingFixture fx) : IClassFixture<BatchLoadingTests.CountingFixture>
{
    /// <summary>The real corpus (pages of 50 need more documents than the seeds hold) behind a counting store.</summary>
    public sealed class CountingFixture() : ApiServerFixture(SharedData.Corpus)
    {
        public CountingStore Counter { get; private set; } = null!;
        // Pages up to the maximum page size (100) with everything nested; the default limit admits the page of 50.
        protected override ApiLimits Limits => new() { RateLimitPermits = 0, MaxComplexity = 100_000_000 };
        protected override Func<IGraphStore, IGraphStore> WrapStore => s => (Counter = CountingStore.Wrap(s)).AsStore;
    }

    [Fact]
    public async Task Tasks_and_related_documents_of_a_page_are_loaded_in_one_call_per_level()
    {
        const string query = """
            { documents(first: 50) { nodes { key
                tasks { key document { key } }
                citedBy { from { key tasks { key } } } } } }
            """;
        fx.Counter.Reset();
        var data = await fx.Client.DataAsync(query);
        var documents = data.GetProperty("documents").GetProperty("nodes").GetArrayLength();
        Assert.True(documents > 10, $"{documents} documents");

        // Per level at most one TasksOfDocuments and one GetDocuments (keys already loaded in the request are not read again).
        Assert.InRange(fx.Counter.Calls("TasksOfDocumentsAsync"), 1, 2);
        Assert.InRange(fx.Counter.Calls("GetDocumentsAsync"), 1, 2);
        Assert.Equal(0, fx.Counter.Calls("GetDocumentAsync"));
        // Edges of the whole page in one batched read.
        Assert.Equal(1, fx.Counter.Calls("EdgesAroundManyAsync"));
        Assert.Equal(0, fx.Counter.Calls("EdgesAroundAsync"));
    }

    private const string PageWithEverything = """
        query Page($first: Int) { documents(first: $first, ingested: true) { totalCount nodes { key text
            relationsOut { type to { key title } }
            relationsIn { type from { key tasks { key lead { key } } } }
            citedBy { fromKey } sameAs { fromKey toKey }
            tasks { key lead { key name } support { key name } deadline { text } }
            tasksByUnit { unit { key name } lead { key } support { key } } } } }
        """;

    [Fact]
    public async Task A_page_of_50_documents_with_edges_tasks_and_units_makes_a_fixed_number_of_store_calls_whatever_the_page_size()
    {
        // The page of 50 with everything nested is within the server's default complexity limit.
        var complexity = await ComplexityAsync(PageWithEverything, new { first = 50 });
        Assert.True(complexity <= new ApiLimits().MaxComplexity, $"complexity {complexity} is over the default limit {new ApiLimits().MaxComplexity}");

        var (small, smallCalls) = await CallsForPageAsync(10);
        var (large, largeCalls) = await CallsForPageAsync(50);
        var (_, largestCalls) = await CallsForPageAsync(100);

        // The page holds what it asks for, so nothing below is vacuous.
        var nodes = large.GetProperty("documents").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, nodes.Count);
        Assert.True(large.GetProperty("documents").GetProperty("totalCount").GetInt64() > 200);
        Assert.Contains(nodes, n => n.GetProperty("relationsOut").GetArrayLength() > 0);
        Assert.Contains(nodes, n => n.GetProperty("relationsIn").EnumerateArray().Any(r => r.GetProperty("from").GetProperty("tasks").GetArrayLength() > 0));
        Assert.Contains(nodes, n => n.GetProperty("tasks").EnumerateArray().Any(t => t.GetProperty("lead").GetArrayLength() > 0));
        Assert.Contains(nodes, n => n.GetProperty("tasksByUnit").GetArrayLength() > 0);
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n.GetProperty("text").GetString())));
        Assert.Equal(10, small.GetProperty("documents").GetProperty("nodes").GetArrayLength());

        // One call per method and nesting level, whatever the page size: list, count, edges, texts, tasks (of the page
        // and of the documents related to it), documents related to the page. Twice the page, the same calls; a small
        // page may need fewer (a level with nothing new to load is not read).
        Assert.Equal(largeCalls.OrderBy(p => p.Key), largestCalls.OrderBy(p => p.Key));
        Assert.All(smallCalls, p => Assert.True(p.Value <= largeCalls.GetValueOrDefault(p.Key), $"page of 10: {Describe(smallCalls)}; page of 50: {Describe(largeCalls)}"));
        Assert.True(largeCalls.Values.Sum() <= 8, Describe(largeCalls));
        Assert.Equal(1, largeCalls.GetValueOrDefault("ListDocumentsAsync"));
        Assert.Equal(1, largeCalls.GetValueOrDefault("CountDocumentsAsync"));
        Assert.Equal(1, largeCalls.GetValueOrDefault("EdgesAroundManyAsync"));
        Assert.Equal(1, largeCalls.GetValueOrDefault("GetTextsAsync"));
        Assert.Equal(2, largeCalls.GetValueOrDefault("TasksOfDocumentsAsync"));
        foreach (var perDocument in (string[])["EdgesAroundAsync", "GetTextAsync", "GetDocumentAsync", "TasksOfUnitAsync"])
            Assert.False(largeCalls.ContainsKey(perDocument), Describe(largeCalls));
    }

    private async Task<(System.Text.Json.JsonElement Data, Dictionary<string, int> Calls)> CallsForPageAsync(int first)
    {
        fx.Counter.Reset();
        var data = await fx.Client.DataAsync(PageWithEverything, new { first });
        return (data, fx.Counter.Snapshot());
    }

    /// <summary>The complexity GraphQL.NET computes for a query, read from the error of a server whose limit is 1.</summary>
    private static async Task<double> ComplexityAsync(string query, object variables)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddGraphQL(b => KnowledgeGraph.Api.GraphQL.KgSchema.Configure(b, new ApiLimits { MaxComplexity = 1 }));
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<GraphQL.IDocumentExecuter<GraphQL.Types.ISchema>>().ExecuteAsync(new GraphQL.ExecutionOptions
        {
            Query = query,
            Variables = new GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<GraphQL.Inputs>(System.Text.Json.JsonSerializer.Serialize(variables)),
            RequestServices = provider,
        });
        var message = result.Errors?.FirstOrDefault()?.Message ?? throw new InvalidOperationException("no complexity error at a limit of 1");
        var m = System.Text.RegularExpressions.Regex.Match(message, @"Complexity is (\d+)");
        Assert.True(m.Success, message);
        return double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Describe(Dictionary<string, int> calls) => string.Join(", ", calls.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));

    /// <summary>An <see cref="IGraphStore"/> that counts calls per method and passes them on.</summary>
    public class CountingStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private readonly ConcurrentDictionary<string, int> _calls = new();

        public static CountingStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, CountingStore>();
            var counting = (CountingStore)(object)proxy;
            counting._inner = inner;
            return counting;
        }

        public int Calls(string method) => _calls.GetValueOrDefault(method);
        public Dictionary<string, int> Snapshot() => new(_calls);
        public void Reset() => _calls.Clear();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            _calls.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
            try { return targetMethod.Invoke(_inner, args); }
            catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
        }

        public IGraphStore AsStore => (IGraphStore)(object)this;
    }
}
