using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using Xunit;
using static KnowledgeGraph.Tests.Search.SearchTestDocuments;

namespace KnowledgeGraph.Tests.Search;

/// <summary>The task-domain filter (issue #7): documents with at least one task the classifier put in that domain.</summary>
public sealed class DomainFilterTests : IDisposable
{
    private readonly SearchIndex _index = SearchIndex.InMemory();

    public void Dispose() => _index.Dispose();

    private static TaskRecord Task(string text, string domain) => new()
    {
        Text = text, Lead = ["Sở Tài chính"], Support = [], Kind = "assign", Domain = domain,
        Evidence = new Evidence(0, text.Length, text),
    };

    [Fact]
    public void Only_documents_with_a_task_of_the_domain_are_found()
    {
        _index.Upsert(Doc("so.txt", "Kế hoạch chuyển đổi số năm 2026.") with { Tasks = [Task("Xây dựng cơ sở dữ liệu", "digital-transformation")] });
        _index.Upsert(Doc("tc.txt", "Kế hoạch tài chính và chuyển đổi số.") with { Tasks = [Task("Bố trí kinh phí", "finance-budget")] });
        _index.Upsert(Doc("none.txt", "Kế hoạch chuyển đổi số không có nhiệm vụ."));
        var search = new SearchService(_index);

        var digital = search.Search(new SearchRequest { Query = "chuyen doi so", Domain = "digital-transformation" });
        Assert.Equal(["so.txt"], digital.Hits.Select(h => h.Source));
        var all = search.Search(new SearchRequest { Query = "chuyen doi so" });
        Assert.Equal(3, all.Total);
        var byDomainAlone = search.Search(new SearchRequest { Domain = "Finance-Budget" });
        Assert.Equal(["tc.txt"], byDomainAlone.Hits.Select(h => h.Source));
    }
}
