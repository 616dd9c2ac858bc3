using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Api;

/// <summary><c>kg serve</c> as a user runs it: a separate process listening on 127.0.0.1, answering GraphQL.</summary>
public sealed partial class ServeVerbTests
{
    [Fact]
    public async Task Kg_serve_in_its_own_process_answers_graphql_and_refuses_writes_without_a_key()
    {
        using var data = new TempFolder();
        var psi = KgExecutable.StartInfo("serve", "--urls", "http://127.0.0.1:0", "--data", data.Path);
        psi.Environment.Remove("KG_API_KEY");
        using var process = Process.Start(psi)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(line);
            var match = GraphQLUrl().Match(line);
            Assert.True(match.Success, $"no GraphQL address in: {line}");
            Assert.Contains("no API key: ingest refused", line);
            using var client = new GraphQLTestClient(new Uri(match.Value));
            var stats = await client.DataAsync("{ statistics { ingestedDocuments } }");
            Assert.Equal(0, stats.GetProperty("statistics").GetProperty("ingestedDocuments").GetInt64());
            var write = await client.PostAsync("""mutation { ingestDocument(fileName: "a.txt", content: "Kế hoạch") { key } }""", apiKey: "anything");
            Assert.Contains("needs the API key", write.FirstError);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Contradictory_store_options_are_an_error_before_listening()
    {
        var run = await CliHarness.RunAsync(new ServeVerb(), "serve", "--store", "embedded", "--neo4j-url", "http://127.0.0.1:1", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--neo4j-url needs --store neo4j", run.Error);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/graphql")]
    private static partial Regex GraphQLUrl();
}
