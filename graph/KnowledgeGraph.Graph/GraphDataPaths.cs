namespace KnowledgeGraph.Graph;

/// <summary>Where the embedded store keeps its files when no --data folder is given.</summary>
public static class GraphDataPaths
{
    /// <summary>~/.local/share/kg on Linux, %LOCALAPPDATA%\kg on Windows.</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kg");

    public const string SqliteFileName = "graph.db";
}
