using System.CommandLine;
using KnowledgeGraph.Api.Server;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>serve [--urls URL] [--api-key KEY] [--web-root DIR] [--store ...] [--data DIR] [--neo4j-url URL]</c>: the GraphQL API at
/// /graphql (GraphiQL for a browser) and the web UI, until Ctrl+C. The API key (for the ingest mutation) comes from
/// --api-key or KG_API_KEY; limits from KG_LIMITS__* environment variables (KG_LIMITS__MAXDEPTH=20, ...).
/// </summary>
public sealed class ServeVerb : ICliVerb
{
    public Command Build()
    {
        var urls = new Option<string>("--urls") { Description = $"Listen addresses, ';'-separated (default {KgServerOptions.DefaultUrls})", DefaultValueFactory = _ => KgServerOptions.DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { Description = "Key the ingest mutation requires (default: KG_API_KEY; none: writes refused)" };
        var webRoot = new Option<string?>("--web-root") { Description = "Folder of the built web UI (default: wwwroot beside kg, or in the source tree)" };
        var store = new StoreOptions();
        var cmd = new Command("serve", "Serve the GraphQL API (/graphql) and the web UI over HTTP") { urls, apiKey, webRoot };
        store.AddTo(cmd);
        cmd.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (output, token) =>
        {
            var settings = store.Read(parse);
            await using var graph = await settings.OpenAsync(token);
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("KG_API_KEY");
            var options = new KgServerOptions
            {
                Urls = parse.GetValue(urls)!,
                IndexFolder = DataFolderOption.IndexFolder(settings),
                ApiKey = string.IsNullOrEmpty(key) ? null : key,
                WebRoot = parse.GetValue(webRoot),
                Limits = LimitsFromEnvironment(),
            };
            KgServer server;
            try { server = await KgServer.StartAsync(graph, options, token); }
            catch (IOException e) { throw new CliException($"cannot listen on {options.Urls}: {e.Message}"); }
            await using (server)
            {
                await output.WriteLineAsync($"kg serve: {graph.Description}; GraphQL at {server.GraphQLAddress} " +
                                            $"({(options.ApiKey is null ? "no API key: ingest refused" : "ingest needs the API key")}); Ctrl+C stops");
                await server.WaitForShutdownAsync(token);
            }
            return 0;
        }, ct));
        return cmd;
    }

    /// <summary>Limits from KG_LIMITS__NAME environment variables (names of <see cref="ApiLimits"/>), defaults otherwise.</summary>
    public static ApiLimits LimitsFromEnvironment()
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables("KG_").Build();
        return config.GetSection("LIMITS").Get<ApiLimits>() ?? new ApiLimits();
    }
}
