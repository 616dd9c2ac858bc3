using System.CommandLine;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Neo4j;

namespace KnowledgeGraph.Api.Cli;

/// <summary>Runs a verb's body, turning the errors a user can act on into one "error: ..." line and exit code 1.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(ParseResult parse, Func<TextWriter, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return await body(output, ct);
        }
        catch (Exception e) when (e is CliException or Neo4jUnavailableException or Neo4jException or GraphInputException
                                      or Microsoft.Data.Sqlite.SqliteException or KnowledgeGraph.Graph.Sqlite.SqliteStoreException
                                      or KnowledgeGraph.Search.SearchIndexException or ArgumentException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
