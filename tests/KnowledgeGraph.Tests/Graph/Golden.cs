using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// Golden files for the graph tests: compares text with <c>Golden/…/X.expected.*</c> in the source tree. On a
/// mismatch it writes <c>X.received.*</c> beside it and fails; KG_ACCEPT_GOLDEN=1 writes the expected file instead.
/// </summary>
public static class Golden
{
    public static void AssertMatches(string relativeExpectedPath, string actual)
    {
        var expectedPath = Path.Combine(RepoPaths.TestsSource, "Golden", relativeExpectedPath);
        var receivedPath = expectedPath.Replace(".expected.", ".received.", StringComparison.Ordinal);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("KG_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"no golden file {expectedPath}; wrote {receivedPath} (review it, then run with KG_ACCEPT_GOLDEN=1)"
            : $"{expectedPath} differs from the output; wrote {receivedPath} (diff them; KG_ACCEPT_GOLDEN=1 accepts)");
    }
}
