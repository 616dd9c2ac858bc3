using System.Collections.Concurrent;
using System.Reflection;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>No N+1: nested fields over a page of documents cost one store call per level, not one per document.</summary>
public sealed class BatchLoadingTests(BatchLoadingTests.CountingFixture fx) : IClassFixture<BatchLoadingTests.CountingFixture>
{
    public sealed class CountingFixture() : ApiServerFixture(RepoPaths.Seeds)
    {
        public CountingStore Counter { get; private set; } = null!;
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
        // Edges are read per distinct document (the store has no batched edge read), never twice for one.
        Assert.Equal(documents, fx.Counter.Calls("EdgesAroundAsync"));
    }

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
