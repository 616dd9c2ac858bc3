using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using Xunit;

namespace KnowledgeGraph.Tests.Search;

/// <summary>The reindex and search verbs end to end: real files, the real extraction pipeline, an index on disk.</summary>
public sealed class SearchCliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-search-cli-" + Guid.NewGuid().ToString("N"));
    private string Data => Path.Combine(_root, "data");
    private string Docs => Path.Combine(_root, "docs");

    public SearchCliTests()
    {
        Directory.CreateDirectory(Docs);
        File.WriteAllText(Path.Combine(Docs, "lang-phi.txt"),
            "KẾ HOẠCH\nThực hiện Quyết định số 806/QĐ-TTg ngày 22/4/2025 của Thủ tướng Chính phủ ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035.\n");
        // Decomposed (NFD) on disk: extraction and the index must still find it by composed words.
        File.WriteAllText(Path.Combine(Docs, "cchc.txt"),
            "KẾ HOẠCH\nCải cách hành chính tỉnh năm 2026.\n".Normalize(System.Text.NormalizationForm.FormD));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Out, string Err) Run(ICliVerb verb, params string[] args)
    {
        var root = new RootCommand { verb.Build() };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void IngestUpdatesTheIndexAndReingestReplacesTheDocument()
    {
        var (code, _, error) = Run(new IngestVerb(), "ingest", Docs, "--data", Data);
        Assert.True(code == 0, error);
        (code, var output, _) = Run(new SearchVerb(), "search", "cai cach hanh chinh", "--data", Data);
        Assert.Equal(0, code);
        Assert.Contains("cchc.txt", output);

        // The same file, changed: the index holds the new text only, once.
        File.WriteAllText(Path.Combine(Docs, "cchc.txt"), "KẾ HOẠCH\nChuyển đổi số tỉnh năm 2026.\n");
        (code, _, error) = Run(new IngestVerb(), "ingest", Path.Combine(Docs, "cchc.txt"), "--data", Data);
        Assert.True(code == 0, error);
        (_, output, _) = Run(new SearchVerb(), "search", "chuyen doi so", "--data", Data);
        Assert.Contains("1 of 1 shown", output);
    }

    [Fact]
    public void ReindexThenSearchAsJsonWithVietnameseUnescaped()
    {
        var (code, output, error) = Run(new ReindexVerb(), "reindex", Docs, "--data", Data);
        Assert.Equal(0, code);
        Assert.Contains("Indexed 2 documents", output);
        Assert.Empty(error);

        (code, output, _) = Run(new SearchVerb(), "search", "lang phi", "--data", Data, "--json");
        Assert.Equal(0, code);
        Assert.Contains("«lãng» «phí»", output); // not \u00e3
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        // The plan, the decision it cites and the strategy that decision issues (both only cited: no source,
        // cited by the plan).
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("lang-phi.txt", hit.GetProperty("source").GetString());
        var cited = root.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("code").GetString() == "806/QĐ-TTg");
        Assert.Equal("806/QĐ-TTg", cited.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, cited.GetProperty("source").ValueKind);
        Assert.Equal("lang-phi.txt", cited.GetProperty("citedBy")[0].GetProperty("source").GetString());
        foreach (var name in new[] { "key", "code", "type", "title", "issuer", "province", "source", "score", "snippets" })
            Assert.True(hit.TryGetProperty(name, out _), name);
        foreach (var name in new[] { "type", "issuer", "province", "year" })
            Assert.Equal(JsonValueKind.Object, root.GetProperty("facets").GetProperty(name).ValueKind);

        (code, output, _) = Run(new SearchVerb(), "search", "cai cach hanh chinh", "--data", Data);
        Assert.Equal(0, code);
        Assert.Contains("cchc.txt", output);
        Assert.Contains("1 of 1 shown", output);
    }

    [Fact]
    public void SearchWithoutAnIndexSaysHowToBuildIt()
    {
        var (code, _, error) = Run(new SearchVerb(), "search", "lãng phí", "--data", Data);
        Assert.Equal(1, code);
        Assert.Contains("kg reindex", error);
    }

    [Theory]
    [InlineData("*", "no words")]
    [InlineData("", "empty")]
    public void BadQueryIsAClearErrorOnStderr(string query, string expected)
    {
        Run(new ReindexVerb(), "reindex", Docs, "--data", Data);
        var (code, output, error) = Run(new SearchVerb(), "search", query, "--data", Data);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void ReindexWithoutPathsRebuildsFromTheGraphStore()
    {
        var (code, output, error) = Run(new IngestVerb(), "ingest", Docs, "--data", Data);
        Assert.True(code == 0, error);

        (code, output, error) = Run(new ReindexVerb(), "reindex", "--data", Data);
        Assert.True(code == 0, error);
        Assert.Contains("Indexed 2 documents from SQLite", output);

        (code, output, _) = Run(new SearchVerb(), "search", "806/qd-ttg", "--data", Data, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.GetProperty("hits");
        // The cited decision first (its citation entries were rebuilt from the stored text), then the plan.
        Assert.Equal("806/QĐ-TTg", hits[0].GetProperty("code").GetString());
        Assert.Equal("lang-phi.txt", hits[0].GetProperty("citedBy")[0].GetProperty("source").GetString());
        Assert.Equal("lang-phi.txt", hits[1].GetProperty("source").GetString());
    }

    [Fact]
    public async Task AfterIngestUpdatesTheIndexInPlace()
    {
        var folder = Path.Combine(Data, "index");
        var pipeline = new KnowledgeGraph.Ingest.ExtractionPipeline();
        var first = pipeline.Extract("KẾ HOẠCH\nPhòng cháy chữa cháy rừng năm 2026.", "rung.txt");
        Assert.True(await SearchIndexUpdate.AfterIngestAsync(folder, [first], TextWriter.Null));
        var second = pipeline.Extract("KẾ HOẠCH\nTrồng rừng thay thế năm 2026.", "rung.txt");
        Assert.True(await SearchIndexUpdate.AfterIngestAsync(folder, [second], TextWriter.Null));

        var (_, output, _) = Run(new SearchVerb(), "search", "rung", "--data", Data, "--json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Contains("«rừng» thay thế", output);
    }

    [Fact]
    public async Task AfterIngestReportsALockedIndexWithoutThrowing()
    {
        using var holder = KnowledgeGraph.Search.Indexing.SearchIndex.Open(Path.Combine(Data, "index"));
        var error = new StringWriter();
        var doc = new KnowledgeGraph.Ingest.ExtractionPipeline().Extract("KẾ HOẠCH\nNội dung.", "x.txt");
        Assert.False(await SearchIndexUpdate.AfterIngestAsync(Path.Combine(Data, "index"), [doc], error));
        Assert.Contains("kg reindex", error.ToString());
    }
}
