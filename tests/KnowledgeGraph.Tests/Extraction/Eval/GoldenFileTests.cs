using Xunit;

namespace KnowledgeGraph.Tests.Extraction.Eval;

public sealed class GoldenFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-golden-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record Sample(string Name, int Count, string[] Units);

    [Fact]
    public void Matching_value_passes_and_leaves_no_received_file()
    {
        var basePath = Path.Combine(_dir, "x");
        var value = new Sample("Sở Tài chính", 2, ["UBND tỉnh"]);
        File.WriteAllText(basePath + ".expected.json", GoldenFile.Serialize(value).Replace("\n", "\r\n"));

        GoldenFile.Verify(value, basePath, accept: false);

        Assert.False(File.Exists(basePath + ".received.json"));
    }

    [Fact]
    public void Mismatch_writes_received_file_and_fails_naming_the_first_difference()
    {
        var basePath = Path.Combine(_dir, "x");
        GoldenFile.Verify(new Sample("Sở Nội vụ", 1, []), basePath, accept: true);

        var e = Assert.Throws<GoldenMismatchException>(() => GoldenFile.Verify(new Sample("Sở Nội vụ", 2, []), basePath, accept: false));

        Assert.Contains("\"Count\": 2", File.ReadAllText(basePath + ".received.json"));
        Assert.Contains("line 3", e.Message);
        Assert.Contains("\"Count\": 1", File.ReadAllText(basePath + ".expected.json"));
    }

    [Fact]
    public void Missing_expected_file_fails_and_says_how_to_accept()
    {
        var basePath = Path.Combine(_dir, "new");

        var e = Assert.Throws<GoldenMismatchException>(() => GoldenFile.Verify(new Sample("a", 0, []), basePath, accept: false));

        Assert.Contains(GoldenFile.AcceptVariable + "=1", e.Message);
        Assert.True(File.Exists(basePath + ".received.json"));
        Assert.False(File.Exists(basePath + ".expected.json"));
    }

    [Fact]
    public void Accepting_replaces_expected_and_removes_received()
    {
        var basePath = Path.Combine(_dir, "x");
        Assert.Throws<GoldenMismatchException>(() => GoldenFile.Verify(new Sample("a", 0, []), basePath, accept: false));

        GoldenFile.Verify(new Sample("a", 0, []), basePath, accept: true);

        Assert.False(File.Exists(basePath + ".received.json"));
        GoldenFile.Verify(new Sample("a", 0, []), basePath, accept: false);
    }

    [Fact]
    public void Vietnamese_text_is_written_unescaped()
    {
        var json = GoldenFile.Serialize(new Sample("Ủy ban nhân dân tỉnh Lạng Sơn", 0, []));

        Assert.Contains("Ủy ban nhân dân tỉnh Lạng Sơn", json);
        Assert.DoesNotContain("\\u", json);
    }
}
