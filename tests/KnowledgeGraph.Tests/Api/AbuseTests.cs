using System.Text;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Abusive requests are refused with a clear error, and the server answers the next request.</summary>
public sealed class AbuseTests(SeedServerFixture fx) : IClassFixture<SeedServerFixture>
{
    private GraphQLTestClient Client => fx.Client;

    private async Task ServerStillAnswersAsync()
    {
        var data = await Client.DataAsync("""{ document(code: "27-CT/TW") { code } }""");
        Assert.Equal("27-CT/TW", data.GetProperty("document").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_query_nested_50_levels_is_refused_for_its_depth()
    {
        var sb = new StringBuilder("{ cascade(code: \"27-CT/TW\") { tree ");
        for (var i = 0; i < 50; i++) sb.Append("{ children ");
        sb.Append("{ depth }").Append('}', 50).Append(" } }");
        var r = await Client.PostAsync(sb.ToString());
        Assert.Equal(400, r.Status);
        Assert.Contains("depth", r.FirstError, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("15", r.FirstError);
        await ServerStillAnswersAsync();
    }

    [Fact]
    public async Task The_limits_hold_for_GET_too()
    {
        var deep = new StringBuilder("{ cascade(code: \"27-CT/TW\") { tree ");
        for (var i = 0; i < 50; i++) deep.Append("{ children ");
        deep.Append("{ depth }").Append('}', 50).Append(" } }");
        var r = await Client.SendAsync(HttpMethod.Get, null, null, query: "query=" + Uri.EscapeDataString(deep.ToString()));
        Assert.Equal(400, r.Status);
        Assert.Contains("depth", r.FirstError, StringComparison.OrdinalIgnoreCase);
        await ServerStillAnswersAsync();
    }

    [Fact]
    public async Task A_thousand_aliases_of_a_costly_field_are_refused_for_their_complexity()
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < 1000; i++) sb.Append($" c{i}: cascade(code: \"27-CT/TW\", depth: 10) {{ nodes {{ depth }} }}");
        sb.Append(" }");
        var r = await Client.PostAsync(sb.ToString());
        Assert.Equal(400, r.Status);
        Assert.Contains("too complex", r.FirstError);
        await ServerStillAnswersAsync();
    }

    [Fact]
    public async Task Introspection_is_not_limited_by_complexity()
    {
        var r = await Client.PostAsync(IntrospectionQuery);
        Assert.Equal(200, r.Status);
        Assert.False(r.HasErrors, r.Body[..Math.Min(500, r.Body.Length)]);
    }

    [Theory]
    [InlineData("{ documents(first: 1000000) { nodes { key } } }", "first: 1000000 is out of range")]
    [InlineData("{ search(query: \"lãng phí\", limit: 1000000) { total } }", "limit: 1000000 is out of range")]
    [InlineData("{ cascade(code: \"27-CT/TW\", depth: 1000) { maxDepth } }", "depth: 1000 is out of range")]
    public async Task Oversized_pages_and_walks_are_refused_naming_the_argument_and_the_limit(string query, string message)
    {
        var r = await Client.PostAsync(query);
        Assert.True(r.HasErrors, r.Body);
        Assert.Contains(message, r.FirstError);
        await ServerStillAnswersAsync();
    }

    [Fact]
    public async Task A_5_MB_body_is_refused_with_413_before_it_is_sent_by_a_client_that_waits_for_100_continue()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Client.Endpoint) { Content = FiveMegabytes() };
        request.Headers.ExpectContinue = true;
        using var response = await Client.Http.SendAsync(request);
        Assert.Equal(413, (int)response.StatusCode);
        Assert.Contains("more than the limit of", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.ConnectionClose, "a 413 must tell the client the connection closes");
        await ServerStillAnswersAsync();
    }

    [Fact]
    public async Task A_5_MB_body_sent_at_once_is_cut_off_and_the_server_still_answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Client.Endpoint) { Content = FiveMegabytes() };
        request.Headers.ExpectContinue = false;
        try
        {
            // Kestrel answers 413 and closes the connection; a client still sending sees the answer or a closed connection.
            using var response = await Client.Http.SendAsync(request);
            Assert.Equal(413, (int)response.StatusCode);
            Assert.True(response.Headers.ConnectionClose, "a 413 must tell the client the connection closes");
        }
        catch (HttpRequestException e) when (e.InnerException is IOException) { }
        await ServerStillAnswersAsync();
    }

    private static StringContent FiveMegabytes() =>
        new("{\"query\":\"{ __typename }\"" + new string(' ', 5 * 1024 * 1024) + "}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_refused_with_400_and_no_stack_trace()
    {
        var r = await Client.SendAsync(HttpMethod.Post, "{\"query\": \"{ __typename }\", \"variables\": {\"a\": tru", "application/json");
        Assert.Equal(400, r.Status);
        Assert.Contains("not valid JSON", r.FirstError);
        Assert.DoesNotContain(" at ", r.Body);
        Assert.DoesNotContain("stack", r.Body, StringComparison.OrdinalIgnoreCase);
        await ServerStillAnswersAsync();
    }

    public const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
