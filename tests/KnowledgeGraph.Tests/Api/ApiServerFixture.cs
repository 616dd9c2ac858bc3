using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// A real server (Kestrel on a free port of 127.0.0.1) over a temporary embedded store and search index, loaded
/// from the given folders of real documents the way `kg ingest` loads them.
/// </summary>
public class ApiServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-duong-42-0123456789";
    private readonly string[] _paths;
    private readonly TempFolder _folder = new();

    protected ApiServerFixture(params string[] paths) => _paths = paths;

    public KgServer Server { get; private set; } = null!;
    public IGraphStore Store { get; private set; } = null!;
    public GraphQLTestClient Client { get; private set; } = null!;
    public string DataFolder => _folder.Path;
    public int Ingested { get; private set; }

    protected virtual ApiLimits Limits => new() { RateLimitPermits = 0 };
    protected virtual Func<IGraphStore, IGraphStore> WrapStore => s => s;

    public async Task InitializeAsync()
    {
        var sqlite = new SqliteGraphStore(_folder.Path);
        await sqlite.InitializeAsync();
        if (_paths.Length > 0)
        {
            var extraction = new ExtractionPipeline(Decoders.All).ExtractPaths(_paths);
            var result = await sqlite.UpsertDocumentsAsync(extraction.Documents);
            Assert.Empty(result.Failed);
            var stored = result.Stored.Select(s => s.Key).ToHashSet();
            Assert.True(await SearchIndexUpdate.AfterIngestAsync(SearchIndex.FolderIn(_folder.Path),
                extraction.Documents.Where(d => stored.Contains(d.Key.Trim())), TextWriter.Null));
            Ingested = stored.Count;
        }
        Store = WrapStore(sqlite);
        Server = await KgServer.StartAsync(Store, new KgServerOptions
        {
            Urls = "http://127.0.0.1:0",
            IndexFolder = SearchIndex.FolderIn(_folder.Path),
            ApiKey = ApiKey,
            WebRoot = Path.Combine(_folder.Path, "no-wwwroot"),
            Limits = Limits,
        });
        Client = new GraphQLTestClient(Server.GraphQLAddress);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}

public sealed class SeedServerFixture() : ApiServerFixture(RepoPaths.Seeds);

/// <summary>An HTTP client for /graphql returning status, media type, raw body and parsed JSON.</summary>
public sealed class GraphQLTestClient(Uri endpoint) : IDisposable
{
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };
    public Uri Endpoint => endpoint;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null, string? apiKey = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return SendAsync(HttpMethod.Post, body, "application/json", apiKey);
    }

    /// <summary>Sends with Accept: application/graphql-response+json unless told otherwise ("" sends no Accept header).</summary>
    public async Task<GraphQLResponse> SendAsync(HttpMethod method, string? body, string? contentType, string? apiKey = null, string? accept = null, string? query = null)
    {
        using var request = new HttpRequestMessage(method, query is null ? endpoint : new Uri(endpoint + "?" + query));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept != "") request.Headers.TryAddWithoutValidation("Accept", accept ?? "application/graphql-response+json");
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>A query that must succeed: 200, no errors; returns data.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var r = await PostAsync(query, variables);
        Assert.True(r.Status == 200 && !r.HasErrors, $"{r.Status}: {r.Body}");
        return r.Json.GetProperty("data");
    }

    public void Dispose() => Http.Dispose();
}

public sealed record GraphQLResponse(int Status, string? MediaType, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public bool HasErrors => Body.StartsWith('{') && Json.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;
    public string FirstError => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response) =>
        new((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response);
}
