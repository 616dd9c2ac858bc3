using System.CommandLine;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>--data DIR</c>: the folder holding the graph store and, in <c>index/</c>, the search index.
/// Default: LocalApplicationData/kg (~/.local/share/kg on Linux), the graph store's default too:
/// every verb that touches stored data must use this one rule. The same rule as GraphDataPaths.DefaultDataDirectory
/// on the graph branch; once that is on main, this should return it.
/// </summary>
public static class DataFolderOption
{
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kg");

    public static Option<string> Create() => new("--data")
    {
        Description = "Data folder (graph store, search index)",
        DefaultValueFactory = _ => Default,
    };
}
