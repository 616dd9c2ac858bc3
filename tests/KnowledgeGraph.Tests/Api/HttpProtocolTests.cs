using System.Net;
using System.Text;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>GraphQL over HTTP as the specification asks: methods, media types, status codes, operationName, variables, headers.</summary>
public sealed class HttpProtocolTests(SeedServerFixture fx) : IClassFixture<SeedServerFixture>
{
    private GraphQLTestClient Client => fx.Client;
    private const string Json = "application/json";
    private const string GqlJson = "application/graphql-response+json";

    [Theory]
    [InlineData("", Json)]
    [InlineData(GqlJson, GqlJson)]
    [InlineData(Json, Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GqlJson)]
    [InlineData("*/*", Json)]
    public async Task A_post_answers_in_the_media_type_the_client_accepts(string accept, string expected)
    {
        var r = await Client.SendAsync(HttpMethod.Post, """{"query":"{ statistics { ingestedDocuments } }"}""", Json, accept: accept);
        Assert.Equal(200, r.Status);
        Assert.Equal(expected, r.MediaType);
        Assert.False(r.HasErrors, r.Body);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        var r = await Client.SendAsync(HttpMethod.Post, """{"query":"{ __typename }"}""", Json, accept: "text/csv");
        Assert.Equal(406, r.Status);
    }

    [Fact]
    public async Task A_get_runs_a_query_with_variables_and_operation_name()
    {
        var q = Uri.EscapeDataString("query A { __typename } query B($c: String!) { document(code: $c) { code } }");
        var v = Uri.EscapeDataString("""{"c":"27-CT/TW"}""");
        var r = await Client.SendAsync(HttpMethod.Get, null, null, query: $"query={q}&operationName=B&variables={v}");
        Assert.Equal(200, r.Status);
        Assert.Equal("27-CT/TW", r.Json.GetProperty("data").GetProperty("document").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_allowing_post()
    {
        var q = Uri.EscapeDataString("""mutation { ingestDocument(fileName: "a.txt", content: "x") { key } }""");
        var r = await Client.SendAsync(HttpMethod.Get, null, null, query: $"query={q}");
        Assert.Equal(405, r.Status);
        Assert.Contains("POST", r.Message.Content.Headers.Allow.Concat(r.Message.Headers.Select(h => string.Join(",", h.Value))));
        Assert.Contains("cannot be sent with GET", r.FirstError);
    }

    [Theory]
    [InlineData("{ statistics { ", "Error parsing query", 400)]                        // does not parse
    [InlineData("{ noSuchField }", "noSuchField", 400)]                         // does not validate
    [InlineData("query A { __typename } query B { __typename }", "operation", 400)] // which operation?
    public async Task Documents_that_do_not_parse_or_validate_are_400_in_graphql_response_json(string query, string message, int status)
    {
        var r = await Client.PostAsync(query);
        Assert.Equal(status, r.Status);
        Assert.Equal(GqlJson, r.MediaType);
        Assert.Contains(message, r.FirstError, StringComparison.OrdinalIgnoreCase);
        Assert.False(r.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task With_application_json_a_validation_error_is_200_as_the_legacy_rule_says()
    {
        var r = await Client.SendAsync(HttpMethod.Post, """{"query":"{ noSuchField }"}""", Json, accept: Json);
        Assert.Equal(200, r.Status);
        Assert.True(r.HasErrors);
    }

    [Theory]
    [InlineData("""{"query": 42}""", "\"query\" must be a string")]
    [InlineData("""{"variables": {}}""", "no \"query\"")]
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""", "\"variables\" must be a JSON object")]
    [InlineData("""[{"query": "{ __typename }"}]""", "batched requests are not supported")]
    [InlineData("""{"query": "{ __typename }" """, "not valid JSON")]
    public async Task Malformed_requests_are_400_with_a_message_naming_the_problem(string body, string message)
    {
        var r = await Client.SendAsync(HttpMethod.Post, body, Json);
        Assert.Equal(400, r.Status);
        Assert.Contains(message, r.FirstError);
        Assert.Equal(200, (await Client.PostAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task A_post_without_json_content_type_is_415()
    {
        var r = await Client.SendAsync(HttpMethod.Post, "{ __typename }", "text/plain");
        Assert.Equal(415, r.Status);
        Assert.Contains("application/json", r.FirstError);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var r = await Client.PostAsync("{ __typename }");
        var h = r.Message.Headers;
        Assert.Equal("nosniff", h.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", h.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", h.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'self'", h.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", h.GetValues("Content-Security-Policy").Single());
        Assert.False(h.Contains("Server"));
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await Client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Put, Client.Endpoint) { Content = new StringContent("{}", Encoding.UTF8, Json) });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
