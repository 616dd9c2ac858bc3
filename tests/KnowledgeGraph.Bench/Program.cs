using System.CommandLine;
using System.Text;
using KnowledgeGraph.Bench;

// dotnet run -c Release --project tests/KnowledgeGraph.Bench -- extract [--corpus DIR] [--rounds N] [--no-report]
// dotnet run -c Release --project tests/KnowledgeGraph.Bench -- api [--connections N] [--seconds S] [--no-report]
// dotnet run -c Release --project tests/KnowledgeGraph.Bench -- ml [--corpus DIR] [--rounds N] [--no-report]
Console.OutputEncoding = Encoding.UTF8;
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var root = new RootCommand("Benchmarks of the knowledge-graph tool; results go to tests/benchmarks/REPORT.md")
{
    ExtractCommand.Build(),
    MlCommand.Build(),
    CorpusCommand.Build(),
    AccuracyCommand.Build(),
    ApiCommand.Build(),
    E2eCommand.Build(),
    E2eCommand.BuildReport(),
    CoverageCommand.Build(),
    CascadeApiCommand.Build(),
    SoakCommand.Build(),
    Neo4jLoadCommand.Build(),
    SearchLatencyCommand.Build(),
};
return await root.Parse(args).InvokeAsync();
