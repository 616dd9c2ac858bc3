using System.CommandLine;
using System.Text;
using KnowledgeGraph.Api.Cli;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("kg: the plans & legal-references knowledge graph (extract, ingest, search, cascade, serve)");
foreach (var verb in typeof(ICliVerb).Assembly.GetTypes()
             .Where(t => typeof(ICliVerb).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
             .Select(t => (ICliVerb)Activator.CreateInstance(t)!)
             .Select(v => v.Build())
             .OrderBy(c => c.Name, StringComparer.Ordinal))
{
    root.Subcommands.Add(verb);
}

return await root.Parse(args).InvokeAsync();

/// <summary>Lets tests start the server in-process through WebApplicationFactory.</summary>
public partial class Program;
