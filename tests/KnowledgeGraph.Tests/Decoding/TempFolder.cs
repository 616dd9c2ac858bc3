namespace KnowledgeGraph.Tests.Decoding;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-decoding-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open by a failed test must not hide that test's own failure */ }
    }
}
