using System.Text;
using System.Text.Json;
using KnowledgeGraph.Tests.Api;
using KnowledgeGraph.Tests.Graph;
using KnowledgeGraph.Tests.Search;
using Xunit;

namespace KnowledgeGraph.Tests.Reliability;

public sealed class SeedsAndCorpusServerFixture() : ApiServerFixture(RepoPaths.Seeds, SharedData.Corpus);

/// <summary>
/// A short soak in CI: the real server over seeds + corpus on 127.0.0.1, the request mix of tests/clients/soak-mix.json
/// sent for 20 s by a second process (soak.mjs, autocannon, 6 connections). Every response must be a 2xx without
/// GraphQL errors and the server must answer afterwards. The 5-minute soak with memory tracking is the `soak`
/// benchmark (tests/benchmarks/REPORT.md); this test keeps the mix itself valid and the server error-free under load.
/// </summary>
public sealed class SoakTests(SeedsAndCorpusServerFixture fx) : IClassFixture<SeedsAndCorpusServerFixture>
{
    private static JsonElement Mix() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(NodeClients.Folder, "soak-mix.json"))).RootElement.GetProperty("requests");

    [Fact]
    public async Task Every_request_of_the_mix_answers_with_data_on_its_own()
    {
        var requests = Mix().EnumerateArray().ToList();
        Assert.True(requests.Count >= 10, "the soak mix should cover the main queries");
        foreach (var r in requests)
        {
            var name = r.GetProperty("name").GetString();
            var path = r.GetProperty("path").GetString()!;
            using var message = new HttpRequestMessage(new HttpMethod(r.GetProperty("method").GetString()!), new Uri(fx.Server.BaseAddress, path));
            if (r.GetProperty("body").GetString() is { } body) message.Content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await fx.Client.Http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {text}");
            var json = JsonDocument.Parse(text).RootElement;
            Assert.False(json.TryGetProperty("errors", out _), $"{name}: {text}");
            // Data, not nulls: every query of the mix names something the seeds and the corpus hold.
            var data = json.GetProperty("data").EnumerateObject().Single().Value;
            Assert.True(data.ValueKind is JsonValueKind.Object or JsonValueKind.Array, $"{name} returned {data.ValueKind}: {text}");
            if (data.ValueKind == JsonValueKind.Array) Assert.True(data.GetArrayLength() > 0, $"{name} returned an empty list");
        }
    }

    [Fact]
    public async Task Twenty_seconds_of_mixed_load_from_a_second_process_give_no_error_and_the_server_answers_after()
    {
        var config = Path.Combine(fx.DataFolder, "soak.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            url = fx.Server.BaseAddress.ToString().TrimEnd('/'),
            connections = 6,
            seconds = 20,
        }));
        var (exit, stdout, stderr) = await NodeClients.RunAsync("soak.mjs", config);
        Assert.True(exit == 0, $"soak.mjs failed ({exit}): {stderr}");
        var result = JsonDocument.Parse(stdout).RootElement;
        var requests = result.GetProperty("requests").GetInt64();
        Assert.True(requests >= Mix().GetArrayLength(), $"only {requests} requests in 20 s: {stdout}");
        Assert.Equal(0, result.GetProperty("non2xx").GetInt64());
        Assert.Equal(0, result.GetProperty("errors").GetInt64());
        Assert.Equal(0, result.GetProperty("timeouts").GetInt64());
        Assert.Equal(0, result.GetProperty("mismatches").GetInt64());

        var after = await fx.Client.DataAsync("""{ document(code: "27-CT/TW", year: 2023) { code } }""");
        Assert.Equal("27-CT/TW", after.GetProperty("document").GetProperty("code").GetString());
    }
}
