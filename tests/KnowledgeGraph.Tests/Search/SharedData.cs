namespace KnowledgeGraph.Tests.Search;

/// <summary>The shared real documents: &lt;repo root&gt;/../shared (the repo root holds KnowledgeGraph.sln).</summary>
public static class SharedData
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
            throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Folder
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (!Directory.Exists(Path.Combine(shared, "seeds")) || !Directory.Exists(Path.Combine(shared, "corpus")))
                throw new InvalidOperationException($"The shared documents are missing: expected seeds/ and corpus/ in {shared}");
            return shared;
        }
    }

    public static string Seeds => Path.Combine(Folder, "seeds");
    public static string Corpus => Path.Combine(Folder, "corpus");
}
