using System.CommandLine;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>--data DIR</c> for the search verbs: the folder holding the embedded graph store and, in <c>index/</c>, the
/// search index. Default: the graph store's rule (<see cref="StoreSettings.OpenAsync"/>): KG_DATA, else
/// <see cref="GraphDataPaths.DefaultDataDirectory"/> (LocalApplicationData/kg).
/// </summary>
public static class DataFolderOption
{
    public static string Default =>
        Environment.GetEnvironmentVariable("KG_DATA") ?? GraphDataPaths.DefaultDataDirectory;

    public static Option<string> Create() => new("--data")
    {
        Description = $"Data folder: graph store and search index (default: KG_DATA, or {GraphDataPaths.DefaultDataDirectory})",
        DefaultValueFactory = _ => Default,
    };

    /// <summary>The search index folder for the store settings a verb was given (Neo4j keeps the index in the default folder).</summary>
    public static string IndexFolder(StoreSettings settings) =>
        Search.Indexing.SearchIndex.FolderIn(settings.Data ?? Default);
}
