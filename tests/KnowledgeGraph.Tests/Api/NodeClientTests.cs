using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// Real clients from npm against the server on 127.0.0.1: graphql 16 builds the client schema from our introspection;
/// the graphql-http audit suite checks GraphQL-over-HTTP conformance (every MUST passes; SHOULD results are in the README).
/// </summary>
public sealed class NodeClientTests(SeedServerFixture fx) : IClassFixture<SeedServerFixture>
{
    [Fact]
    public async Task The_graphql_reference_client_builds_our_schema_from_introspection()
    {
        var (code, stdout, stderr) = await NodeClients.RunAsync("introspect.mjs", fx.Server.GraphQLAddress.ToString());
        Assert.True(code == 0, $"exit {code}: {stderr}");
        var summary = JsonDocument.Parse(stdout).RootElement;
        var queries = summary.GetProperty("queryFields").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("cascade", queries);
        Assert.Contains("search", queries);
        Assert.Contains("documents", queries);
        Assert.Equal(["ingestDocument", "createWatch", "markWatchSeen", "deleteWatch"], summary.GetProperty("mutationFields").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(summary.GetProperty("undocumentedFields").EnumerateArray());
        var connection = summary.GetProperty("documentConnectionFields");
        Assert.Equal("Long!", connection.GetProperty("totalCount").GetString());
        Assert.Equal("PageInfo!", connection.GetProperty("pageInfo").GetString());
        Assert.Equal("[DocumentEdge!]!", connection.GetProperty("edges").GetString());
        Assert.StartsWith("application/graphql-response+json", summary.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Every_MUST_audit_of_graphql_http_passes()
    {
        var (code, stdout, stderr) = await NodeClients.RunAsync("audit.mjs", fx.Server.GraphQLAddress.ToString());
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        var results = JsonDocument.Parse(stdout).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Count > 40, $"only {results.Count} audits ran");
        var failedMust = results.Where(r => r.GetProperty("level").GetString() == "MUST" && r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("name").GetString()}: {r.GetProperty("reason").GetString()}").ToList();
        Assert.Empty(failedMust);
        Assert.Equal(0, code);
    }
}
