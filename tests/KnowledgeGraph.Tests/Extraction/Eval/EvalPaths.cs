namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Where the evaluation finds its inputs: the repo root is the folder holding KnowledgeGraph.sln, the real
/// documents sit in &lt;repo root&gt;/../shared (CI clones the repo with shared/ beside it). Truth and reports are
/// read from and written to the source tree, not the build output, so that received files land next to
/// the expected ones.
/// </summary>
public static class EvalPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string SharedRoot
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (!Directory.Exists(shared))
                throw new DirectoryNotFoundException(
                    $"The shared documents folder '{shared}' does not exist: the evaluation needs seeds/ and corpus/ beside the repository.");
            return shared;
        }
    }

    public static string TestsRoot => Path.Combine(RepoRoot, "tests", "KnowledgeGraph.Tests");

    public static string GoldenRoot => Path.Combine(TestsRoot, "Golden");

    public static string EvalFolder => Path.Combine(TestsRoot, "Extraction", "Eval");

    /// <summary>A path relative to the shared folder ("seeds/000_x.txt"), as truth files write it.</summary>
    public static string SharedFile(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(SharedRoot, relative));
        if (!File.Exists(path))
            throw new FileNotFoundException($"Shared document '{relative}' not found (looked at '{path}').", path);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException(
            $"No folder holding KnowledgeGraph.sln above '{AppContext.BaseDirectory}': cannot locate the repository root.");
    }
}
