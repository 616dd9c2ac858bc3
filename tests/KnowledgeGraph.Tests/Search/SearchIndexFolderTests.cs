using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using Xunit;
using static KnowledgeGraph.Tests.Search.SearchTestDocuments;

namespace KnowledgeGraph.Tests.Search;

/// <summary>The index on disk: committed changes survive, readers do not block the writer.</summary>
public sealed class SearchIndexFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static int Count(SearchIndex index, string query) =>
        new SearchService(index).Search(new SearchRequest { Query = query }).Total;

    [Fact]
    public void CommittedDocumentsAreSeenByAReadOnlyIndexOpenedLater()
    {
        using (var writer = SearchIndex.Open(_folder)) writer.Rebuild(Small());
        using var reader = SearchIndex.Open(_folder, readOnly: true);
        Assert.Equal(3, Count(reader, "năm 2026")); // b.txt (without diacritics), c.txt, d.txt
        Assert.Throws<SearchIndexException>(() => reader.Upsert(Doc("x.txt", "x")));
    }

    [Fact]
    public void AReaderSeesAWritersLaterCommitAndNotItsUncommittedChanges()
    {
        using var writer = SearchIndex.Open(_folder);
        writer.Rebuild(Small());
        using var reader = SearchIndex.Open(_folder, readOnly: true);
        writer.Upsert(Doc("f.txt", "Kế hoạch phòng cháy chữa cháy."));
        Assert.Equal(1, Count(writer, "phòng cháy"));
        Assert.Equal(0, Count(reader, "phòng cháy"));
        writer.Commit();
        Assert.Equal(1, Count(reader, "phòng cháy"));
    }

    [Fact]
    public void MissingIndexIsAClearError()
    {
        var e = Assert.Throws<SearchIndexException>(() => SearchIndex.Open(_folder, readOnly: true));
        Assert.Contains(_folder, e.Message);
        Assert.Contains("kg reindex", e.Message);
    }

    [Fact]
    public void SecondWriterIsAClearError()
    {
        using var writer = SearchIndex.Open(_folder);
        var e = Assert.Throws<SearchIndexException>(() => SearchIndex.Open(_folder));
        Assert.Contains("another process", e.Message);
    }

    [Fact]
    public async Task RebuildFromAnAsyncSourceReplacesTheIndex()
    {
        using (var writer = SearchIndex.Open(_folder))
        {
            writer.Rebuild(Small());
            Assert.Equal(2, await writer.RebuildAsync(Stream()));
        }
        using var reader = SearchIndex.Open(_folder, readOnly: true);
        Assert.Equal(0, Count(reader, "năm 2026"));
        Assert.Equal(2, Count(reader, "phòng cháy"));

        static async IAsyncEnumerable<Ingest.Model.DocumentRecord> Stream()
        {
            await Task.Yield();
            yield return Doc("f.txt", "Kế hoạch phòng cháy chữa cháy.");
            yield return Doc("g.txt", "Quy định phòng cháy rừng.");
        }
    }

    [Fact]
    public void FailedRebuildKeepsThePreviousIndex()
    {
        using (var writer = SearchIndex.Open(_folder))
        {
            writer.Rebuild(Small());
            var e = Assert.Throws<SearchIndexException>(() => writer.Rebuild(Failing()));
            Assert.Contains("store went away", e.Message);
        }
        using var reader = SearchIndex.Open(_folder, readOnly: true);
        Assert.Equal(3, Count(reader, "năm 2026")); // b.txt (without diacritics), c.txt, d.txt
        Assert.Equal(0, Count(reader, "phòng cháy"));

        static IEnumerable<Ingest.Model.DocumentRecord> Failing()
        {
            yield return Doc("f.txt", "Kế hoạch phòng cháy chữa cháy.");
            throw new IOException("store went away");
        }
    }
}
