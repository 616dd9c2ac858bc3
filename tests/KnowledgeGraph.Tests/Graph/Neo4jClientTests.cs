using KnowledgeGraph.Graph.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>What the Neo4j client does when the server is down, is not Neo4j, or fails transiently. No Neo4j needed.</summary>
public sealed class Neo4jClientTests
{
    private const string Discovery3 = """{ "data" : "http://localhost:7474/db/data/", "management" : "http://localhost:7474/db/manage/" }""";
    private const string Data3 = """{ "transaction" : "http://localhost:7474/db/data/transaction", "neo4j_version" : "3.1.1" }""";
    private const string Ok = """{"results":[{"columns":["n"],"data":[{"row":[1],"meta":[null]}]}],"errors":[]}""";

    private static Neo4jOptions Fast(Uri url) => Neo4jOptions.FromUrl(url.ToString()) with
    {
        MaxRetries = 2, FirstRetryDelay = TimeSpan.FromMilliseconds(20), RequestTimeout = TimeSpan.FromSeconds(10),
    };

    private static readonly CypherStatement Statement = CypherStatements.CountNodesByLabel.WithoutParameters();

    [Fact]
    public async Task Neo4j_down_gives_a_clear_error_naming_the_url()
    {
        var url = new Uri($"http://127.0.0.1:{ScriptedHttpServer.FreePort()}");
        await using var store = new Neo4jGraphStore(Fast(url));
        var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => store.InitializeAsync());
        Assert.StartsWith($"Neo4j at {url} is unreachable: ", e.Message);
        Assert.Contains("refused", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_server_that_is_not_Neo4j_is_named_as_such()
    {
        using var server = new ScriptedHttpServer((_, _) => (200, """{ "hello": "world" }"""));
        using var client = new Neo4jHttpClient(Fast(server.Url));
        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.DiscoverAsync(default));
        Assert.Contains("is this a Neo4j HTTP endpoint?", e.Message);
    }

    [Fact]
    public async Task Transient_errors_are_retried_with_backoff_until_the_commit_succeeds()
    {
        var commits = 0;
        using var server = new ScriptedHttpServer((req, _) => req.Url!.AbsolutePath switch
        {
            "/" => (200, Discovery3),
            "/db/data/" => (200, Data3),
            _ => Interlocked.Increment(ref commits) <= 2
                ? (200, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
                : (200, Ok),
        });
        using var client = new Neo4jHttpClient(Fast(server.Url));
        var results = await client.CommitAsync(Statement, default);
        Assert.Equal(3, commits);
        Assert.Equal(1, results[0].Rows[0][0].GetInt32());
        Assert.Equal("/db/data/transaction/commit", server.Requests.Last().Path);
    }

    [Fact]
    public async Task Transient_errors_that_outlast_the_retries_surface_and_client_errors_are_not_retried()
    {
        var commits = 0;
        using var server = new ScriptedHttpServer((req, body) => req.Url!.AbsolutePath switch
        {
            "/" => (200, Discovery3),
            "/db/data/" => (200, Data3),
            _ when body.Contains("labels(n)") && Interlocked.Increment(ref commits) > 0 =>
                (200, """{"results":[],"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"starting"}]}"""),
            _ => (200, """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"bad"}]}"""),
        });
        using var client = new Neo4jHttpClient(Fast(server.Url));
        var transient = await Assert.ThrowsAsync<Neo4jException>(() => client.CommitAsync(Statement, default));
        Assert.True(transient.IsTransient);
        Assert.Equal(3, commits); // the first try and two retries

        var before = server.Requests.Count;
        var syntax = await Assert.ThrowsAsync<Neo4jException>(() => client.CommitAsync(CypherStatements.DeleteSomeNodes.With(("limit", 1)), default));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);
        Assert.Equal(before + 1, server.Requests.Count);
    }

    [Fact]
    public async Task Basic_auth_from_the_url_is_sent_and_a_refusal_is_explained()
    {
        string? auth = null;
        using var server = new ScriptedHttpServer((req, _) =>
        {
            auth = req.Headers["Authorization"];
            return (401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""");
        });
        var url = new UriBuilder(server.Url) { UserName = "neo4j", Password = "s3cret" }.Uri;
        using var client = new Neo4jHttpClient(Neo4jOptions.FromUrl(url.ToString()) with { MaxRetries = 0 });
        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.DiscoverAsync(default));
        Assert.Contains("refused the credentials", e.Message);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:s3cret"u8.ToArray()), auth);
        Assert.DoesNotContain("s3cret", client.Url.ToString());
    }

    [Theory]
    [InlineData("bolt://127.0.0.1:7687")]
    [InlineData("localhost:7474")]
    [InlineData("not a url")]
    public void A_url_that_is_not_http_is_refused_with_the_reason(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromUrl(url));
        Assert.Contains("is not an http:// or https:// URL", e.Message);
    }
}
