using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of search input (fixed length and seed in CI): whatever the user types reaches Lucene only
/// through our parser; the answer is hits or a <see cref="SearchQueryException"/> with a message, never a Lucene
/// parse error, an index error or a crash.
/// </summary>
public sealed class QueryFuzzTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.InMemory();
    private readonly SearchService _search;

    public QueryFuzzTests()
    {
        _index.Rebuild(SearchTestDocuments.Small());
        _search = new SearchService(_index);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Any_query_gives_hits_or_a_message_for_the_user()
    {
        Prop.ForAll(FuzzInputs.Queries(), q =>
        {
            try
            {
                var r = _search.Search(new SearchRequest { Query = q, Limit = 5 });
                return r.Total >= r.Hits.Count;
            }
            catch (SearchQueryException e) { return e.Message.Length > 10; }
        }).Check(FuzzInputs.Config(800));
    }
}
