using System.CommandLine;
using KnowledgeGraph.Api.Cli;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>Runs a CLI verb in-process, with its output and error streams captured.</summary>
public static class CliHarness
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(ICliVerb verb, params string[] args)
    {
        var root = new RootCommand("kg (test)") { verb.Build() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(code, output.ToString(), error.ToString());
    }
}
