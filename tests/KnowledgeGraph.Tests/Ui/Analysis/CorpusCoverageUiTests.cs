using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests.Ui.Analysis;

/// <summary>
/// The coverage page over the corpus and the seeds (issue #10, "What it must show"): Nghị quyết 57-NQ/TW and
/// 71/NQ-CP; the page shows exactly what the API's coverage says (yes provinces and their documents), with the
/// evidence sentence for each yes province opened by keyboard. The counts themselves are the API's tests.
/// </summary>
[Collection("browser")]
public sealed class CorpusCoverageUiTests(CorpusServerFixture corpus) : IClassFixture<CorpusServerFixture>
{
    [Theory]
    [InlineData("57-NQ/TW@2024")]
    [InlineData("71/NQ-CP@2025")]
    public async Task Coverage_page_marks_yes_exactly_the_provinces_the_API_covers_each_with_its_documents_and_evidence(string key)
    {
        var expected = await DocumentsByProvinceAsync(key);
        Assert.True(expected.Count >= 2, $"the corpus should have implementations of {key} in several provinces, found {expected.Count}");

        var o = BrowserScenario.Run("coverage", corpus.Server.BaseUrl, key);

        var yes = o.GetProperty("yes").Strings().ToHashSet();
        Assert.Equal(expected.Keys.ToHashSet(), yes);
        Assert.StartsWith($"{expected.Count}/34", o.Text("status"));
        foreach (var row in o.GetProperty("table").EnumerateArray())
            Assert.Equal(expected[row.Text("province")], row.GetProperty("documents").Strings().ToHashSet());
        foreach (var d in o.GetProperty("details").EnumerateArray())
        {
            Assert.StartsWith($"{d.Text("province")}: có {expected[d.Text("province")].Count} văn bản", d.Text("heading"));
            Assert.NotEmpty(d.GetProperty("evidence").Strings());   // the sentence that ties a document into the cascade
        }
    }

    /// <summary>The API's coverage: covered province → keys of its implementing documents.</summary>
    private async Task<Dictionary<string, HashSet<string>>> DocumentsByProvinceAsync(string key)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"{corpus.Server.BaseUrl}/graphql", new
        {
            query = "query($key: String!) { coverage(key: $key) { provinces { province covered evidence { document { key } } } } }",
            variables = new { key },
        });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("coverage").GetProperty("provinces").EnumerateArray()
            .Where(p => p.GetProperty("covered").GetBoolean())
            .ToDictionary(p => p.Text("province"), p => p.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("document").Text("key")).ToHashSet());
    }
}
