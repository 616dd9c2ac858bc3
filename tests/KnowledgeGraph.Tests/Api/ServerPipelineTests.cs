using KnowledgeGraph.Api.Server;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Sqlite;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The parts of the server around /graphql: web UI files and routes, GraphiQL, rate limiting, the API key rule.</summary>
public sealed class ServerPipelineTests
{
    private static async Task<(KgServer Server, IGraphStore Store)> StartAsync(TempFolder folder, string webRoot, ApiLimits? limits = null,
        Func<IGraphStore, IGraphStore>? wrap = null)
    {
        var sqlite = new SqliteGraphStore(Path.Combine(folder.Path, "data"));
        await sqlite.InitializeAsync();
        var store = wrap is null ? sqlite : wrap(sqlite);
        var server = await KgServer.StartAsync(store, new KgServerOptions
        {
            Urls = "http://127.0.0.1:0",
            IndexFolder = SearchIndex.FolderIn(Path.Combine(folder.Path, "data")),
            WebRoot = webRoot,
            Limits = limits ?? new ApiLimits { RateLimitPermits = 0 },
        });
        return (server, store);
    }

    [Fact]
    public async Task The_ui_routes_fall_back_to_index_html_and_graphiql_is_served_to_a_browser()
    {
        using var folder = new TempFolder();
        var web = Path.Combine(folder.Path, "wwwroot");
        Directory.CreateDirectory(Path.Combine(web, "graphiql"));
        Directory.CreateDirectory(Path.Combine(web, "assets"));
        await File.WriteAllTextAsync(Path.Combine(web, "index.html"), "<html>kg ui</html>");
        await File.WriteAllTextAsync(Path.Combine(web, "assets", "app.js"), "console.log(1)");
        await File.WriteAllTextAsync(Path.Combine(web, "graphiql", "index.html"), "<html>graphiql</html>");
        var (server, store) = await StartAsync(folder, web);
        await using var _ = store;
        await using var __ = server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        foreach (var route in new[] { "/", "/search", "/doc/2023%3A27-CT%2FTW", "/cascade/abc", "/unit/x/y" })
        {
            using var r = await http.GetAsync(route);
            Assert.True(r.IsSuccessStatusCode, route);
            Assert.Equal("<html>kg ui</html>", await r.Content.ReadAsStringAsync());
        }
        Assert.Equal("console.log(1)", await http.GetStringAsync("/assets/app.js"));
        using var missing = await http.GetAsync("/no-such-file.js");
        Assert.Equal(404, (int)missing.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html");
        using var graphiql = await http.SendAsync(request);
        Assert.Equal("<html>graphiql</html>", await graphiql.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", graphiql.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Without_a_built_ui_the_browser_gets_a_clear_404()
    {
        using var folder = new TempFolder();
        var (server, store) = await StartAsync(folder, Path.Combine(folder.Path, "nothing"));
        await using var _ = store;
        await using var __ = server;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html");
        using var r = await http.SendAsync(request);
        Assert.Equal(404, (int)r.StatusCode);
        Assert.Contains("GraphiQL is not built", await r.Content.ReadAsStringAsync());
        using var ui = await http.GetAsync("/search");
        Assert.Equal(404, (int)ui.StatusCode);
        Assert.Contains("web UI is not built", await ui.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_with_retry_after()
    {
        using var folder = new TempFolder();
        var (server, store) = await StartAsync(folder, folder.Path, new ApiLimits { RateLimitPermits = 3, RateLimitWindow = TimeSpan.FromMinutes(5) });
        await using var _ = store;
        await using var __ = server;
        using var client = new GraphQLTestClient(server.GraphQLAddress);
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await client.PostAsync("{ __typename }")).Status);
        var r = await client.PostAsync("{ __typename }");
        Assert.Equal(429, r.Status);
        Assert.Contains("Too many requests", r.Body);
        Assert.True(r.Message.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_request_over_the_time_limit_is_cancelled_with_504_and_the_server_goes_on()
    {
        using var folder = new TempFolder();
        var (server, store) = await StartAsync(folder, folder.Path, new ApiLimits { RateLimitPermits = 0, RequestTimeout = TimeSpan.FromMilliseconds(300) },
            SlowStatisticsStore.Wrap);
        await using var _ = store;
        await using var __ = server;
        using var client = new GraphQLTestClient(server.GraphQLAddress);
        var r = await client.PostAsync("{ statistics { ingestedDocuments nodesByLabel { value count } } }");
        Assert.Equal(504, r.Status);
        Assert.Contains("took longer than the limit of 300 ms", r.FirstError);
        Assert.Equal(200, (await client.PostAsync("{ documents(first: 5) { nodes { key } } }")).Status); // still answering
    }

    [Fact]
    public async Task Without_a_configured_key_every_write_is_refused()
    {
        using var folder = new TempFolder();
        var (server, store) = await StartAsync(folder, folder.Path);
        await using var _ = store;
        await using var __ = server;
        using var client = new GraphQLTestClient(server.GraphQLAddress);
        var r = await client.PostAsync("""mutation { ingestDocument(fileName: "a.txt", content: "Kế hoạch") { key } }""", apiKey: "");
        Assert.Contains("needs the API key", r.FirstError);
    }

    /// <summary>A store whose statistics take 30 s unless cancelled: a request that must hit the timeout.</summary>
    public class SlowStatisticsStore : System.Reflection.DispatchProxy
    {
        private IGraphStore _inner = null!;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, SlowStatisticsStore>();
            ((SlowStatisticsStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IGraphStore.GetStatisticsAsync)) return SlowAsync((CancellationToken)args![0]!);
            try { return targetMethod.Invoke(_inner, args); }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
        }

        private async Task<KnowledgeGraph.Graph.Model.GraphStatistics> SlowAsync(CancellationToken ct)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return await _inner.GetStatisticsAsync(ct);
        }
    }
}
