namespace KnowledgeGraph.Tests.Graph;

/// <summary>The repository root (the folder holding KnowledgeGraph.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>&lt;root&gt;/../shared: seeds and corpus (never copied into the repository).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string TestsSource => Path.Combine(Root, "tests", "KnowledgeGraph.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fresh folder under the system temp folder, deleted with everything in it at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>Writes a file of these bytes in the folder; returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>An embedded store in this folder, initialised (the SQLite side of each store contract).</summary>
    public async Task<KnowledgeGraph.Graph.Sqlite.SqliteGraphStore> OpenStoreAsync()
    {
        var store = new KnowledgeGraph.Graph.Sqlite.SqliteGraphStore(Path);
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open on some platforms: the OS temp cleaner gets it */ }
    }
}
