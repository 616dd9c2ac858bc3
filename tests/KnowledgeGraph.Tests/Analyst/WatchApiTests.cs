using KnowledgeGraph.Tests.Api;
using Xunit;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>Watches: saved server-side, re-evaluated after the ingest mutation, listing what is new.</summary>
public sealed class WatchApiTests(WatchServerFixture server) : IClassFixture<WatchServerFixture>
{
    [Fact]
    public async Task A_watch_lists_a_new_implementing_document_after_an_ingest_until_marked_seen()
    {
        var created = await server.Client.PostAsync("""mutation { createWatch(key: "57-NQ/TW@2024", inProvince: "Đồng Tháp") { id province newKeys } }""",
            apiKey: ApiServerFixture.ApiKey);
        Assert.False(created.HasErrors, created.Body);
        var watch = created.Json.GetProperty("data").GetProperty("createWatch");
        var id = watch.GetProperty("id").GetString()!;
        Assert.Equal("Đồng Tháp", watch.GetProperty("province").GetString());
        Assert.Empty(watch.GetProperty("newKeys").EnumerateArray()); // the seeds are all Lạng Sơn and Hải Phòng

        var ingest = await server.Client.PostAsync("mutation($c: String) { ingestDocument(fileName: \"dong-thap-701.txt\", content: $c) { key } }",
            new { c = AnalystTexts.DongThapPlan }, apiKey: ApiServerFixture.ApiKey);
        Assert.False(ingest.HasErrors, ingest.Body);

        var after = (await server.Client.DataAsync("query { watches { id newKeys newDocuments { code province } } }")).GetProperty("watches")
            .EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);
        Assert.Equal(["701/KH-UBND@2025@dong-thap"], after.GetProperty("newKeys").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal("Đồng Tháp", after.GetProperty("newDocuments")[0].GetProperty("province").GetString());

        var seen = await server.Client.PostAsync($$"""mutation { markWatchSeen(id: "{{id}}") { newKeys foundCount } }""", apiKey: ApiServerFixture.ApiKey);
        Assert.Empty(seen.Json.GetProperty("data").GetProperty("markWatchSeen").GetProperty("newKeys").EnumerateArray());
        Assert.Equal(1, seen.Json.GetProperty("data").GetProperty("markWatchSeen").GetProperty("foundCount").GetInt32());
        Assert.True(File.Exists(Path.Combine(server.DataFolder, "watches.json")), "watches are not stored in the data folder");

        var deleted = await server.Client.PostAsync($$"""mutation { deleteWatch(id: "{{id}}") }""", apiKey: ApiServerFixture.ApiKey);
        Assert.True(deleted.Json.GetProperty("data").GetProperty("deleteWatch").GetBoolean());
    }

    [Fact]
    public async Task Creating_a_watch_needs_the_api_key()
    {
        var r = await server.Client.PostAsync("""mutation { createWatch(key: "57-NQ/TW@2024") { id } }""");
        Assert.Contains("API key", r.FirstError);
    }
}
