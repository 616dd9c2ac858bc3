using System.Text.Json;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The ingest mutation: refused without the right API key (nothing written), done with it (store and search index).</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private readonly EmptyServerFixture _fx = new();
    public Task InitializeAsync() => _fx.InitializeAsync();
    public Task DisposeAsync() => _fx.DisposeAsync();

    private sealed class EmptyServerFixture() : ApiServerFixture();

    private const string Ingest = """
        mutation I($name: String!, $text: String) { ingestDocument(fileName: $name, content: $text) {
          key citations relations tasks indexed document { code title ingested } } }
        """;

    private static string SeedText => File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "001_*.txt").Single());

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("test-key-duong-42-012345678")] // a prefix of the real key
    public async Task Without_the_right_key_the_mutation_is_refused_and_nothing_is_stored(string? key)
    {
        var r = await _fx.Client.PostAsync(Ingest, new { name = "plan.txt", text = SeedText }, apiKey: key);
        Assert.Equal(200, r.Status);
        Assert.Contains("needs the API key", r.FirstError);
        Assert.Equal("UNAUTHORIZED", r.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var stats = await _fx.Client.DataAsync("{ statistics { ingestedDocuments } }");
        Assert.Equal(0, stats.GetProperty("statistics").GetProperty("ingestedDocuments").GetInt64());
    }

    [Fact]
    public async Task With_the_key_the_document_is_stored_indexed_and_readable()
    {
        var r = await _fx.Client.PostAsync(Ingest, new { name = "ke-hoach-lang-son.txt", text = SeedText }, apiKey: ApiServerFixture.ApiKey);
        Assert.False(r.HasErrors, r.Body);
        var result = r.Json.GetProperty("data").GetProperty("ingestDocument");
        Assert.True(result.GetProperty("indexed").GetBoolean());
        Assert.True(result.GetProperty("citations").GetInt32() > 0);
        Assert.True(result.GetProperty("document").GetProperty("ingested").GetBoolean());
        var key = result.GetProperty("key").GetString();

        var doc = await _fx.Client.DataAsync("query D($k: String!) { document(key: $k) { sourceFile text } }", new { k = key });
        Assert.Equal("ke-hoach-lang-son.txt", doc.GetProperty("document").GetProperty("sourceFile").GetString());
        var search = await _fx.Client.DataAsync("""{ search(query: "lang phi") { total hits { key } } }""");
        Assert.Contains(search.GetProperty("search").GetProperty("hits").EnumerateArray(), h => h.GetProperty("key").GetString() == key);
    }

    [Fact]
    public async Task Bearer_authorisation_works_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _fx.Client.Endpoint)
        {
            Content = JsonContent(new { query = Ingest, variables = new { name = "a.txt", text = SeedText } }),
        };
        request.Headers.Authorization = new("Bearer", ApiServerFixture.ApiKey);
        using var response = await _fx.Client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("errors", body);
    }

    [Theory]
    [InlineData("../etc/passwd.txt", "plain file name")]
    [InlineData("plan.exe", "extension kg cannot read")]
    [InlineData("empty.txt", "no text after normalisation")]
    public async Task A_bad_file_is_refused_naming_the_file_and_the_problem(string name, string message)
    {
        var r = await _fx.Client.PostAsync(Ingest, new { name, text = name == "empty.txt" ? "   " : "Kế hoạch" }, apiKey: ApiServerFixture.ApiKey);
        Assert.Contains(message, r.FirstError);
    }

    private static StringContent JsonContent(object o) => new(JsonSerializer.Serialize(o), System.Text.Encoding.UTF8, "application/json");
}
