using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// Faults of the data folder, through the CLI as a user meets them: a folder that cannot be written, a full disk,
/// a damaged or missing search index. Each gives an error naming the place and the problem; the index is rebuilt
/// from the store on request.
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-faults-" + Guid.NewGuid().ToString("N"));
    private static string Samples => Path.Combine(RepoPaths.Root, "ingest", "samples");
    private string Data => Path.Combine(_root, "data");
    private string Index => Path.Combine(Data, "index");

    public StorageFaultTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_is_named_in_the_error()
    {
        // /sys refuses new folders even to root: a data folder on a file system the process may not write.
        var data = "/sys/kg-data-" + Guid.NewGuid().ToString("N");
        var run = await CliHarness.RunAsync(new IngestVerb(), "ingest", Samples, "--data", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(data, run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
    }

    [Fact]
    public async Task A_data_folder_on_a_read_only_mount_is_named_in_the_error_and_what_it_holds_stays_usable()
    {
        var first = await CliHarness.RunAsync(new IngestVerb(), "ingest", Path.Combine(Samples, "01-chi-thi-mau.txt"), "--data", Data);
        Assert.True(first.ExitCode == 0, first.Error);

        // kg as its own process in a private mount namespace where the data folder is bind-mounted read-only
        // (a real read-only file system, which root cannot write either).
        var psi = KgExecutable.StartInfo("ingest", Path.Combine(Samples, "02-nghi-quyet-mau.txt"), "--data", Data);
        var kg = psi.FileName;
        var kgArgs = psi.ArgumentList.ToList();
        psi.FileName = "unshare";
        psi.ArgumentList.Clear();
        foreach (var a in new[] { "-m", "--", "sh", "-c", "mount --bind -o ro \"$1\" \"$1\" && shift && exec \"$@\"", "sh", Data, kg })
            psi.ArgumentList.Add(a);
        foreach (var a in kgArgs) psi.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var error = await stderr;
        Assert.False(error.Contains("mount:", StringComparison.Ordinal) || error.Contains("unshare:", StringComparison.Ordinal),
            $"this test needs root to bind-mount the data folder read-only (unshare -m, mount --bind -o ro): {error}");
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(Data, error);
        Assert.Contains("writable", error);
        Assert.DoesNotContain("   at ", error);

        // Outside that namespace the folder is writable again: what was stored is whole and the ingest goes on.
        var second = await CliHarness.RunAsync(new IngestVerb(), "ingest", Path.Combine(Samples, "02-nghi-quyet-mau.txt"), "--data", Data);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("1 documents loaded", second.Output);
        var search = await CliHarness.RunAsync(new SearchVerb(), "search", "chi thi", "--data", Data, "--json");
        Assert.Equal(0, search.ExitCode);
    }

    [Fact]
    public async Task A_full_disk_is_reported_as_such_and_nothing_is_half_written()
    {
        Directory.CreateDirectory(Data);
        // Every write to /dev/full fails with ENOSPC, as a full disk does.
        File.CreateSymbolicLink(Path.Combine(Data, "graph.db"), "/dev/full");
        var run = await CliHarness.RunAsync(new IngestVerb(), "ingest", Samples, "--data", Data);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("disk is full", run.Error);
        Assert.Contains(Path.Combine(Data, "graph.db"), run.Error);
        Assert.False(Directory.Exists(Index) && Directory.EnumerateFiles(Index, "segments_*").Any(f => new FileInfo(f).Length > 0)
                     && (await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa", "--data", Data)).Output.Contains("hits"),
            "documents the store refused must not be searchable");
    }

    [Fact]
    public async Task A_damaged_index_is_detected_and_rebuilt_from_the_store_on_request()
    {
        var ingest = await CliHarness.RunAsync(new IngestVerb(), "ingest", Samples, "--data", Data);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        var before = await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa ho so", "--data", Data, "--json");
        Assert.Equal(0, before.ExitCode);

        // Damage every file of the index: cut each in half.
        foreach (var f in Directory.EnumerateFiles(Index))
        {
            var bytes = File.ReadAllBytes(f);
            File.WriteAllBytes(f, bytes[..(bytes.Length / 2)]);
        }
        var damaged = await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa ho so", "--data", Data);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains(Index, damaged.Error);
        Assert.Contains("kg reindex", damaged.Error);
        Assert.DoesNotContain("   at ", damaged.Error);

        var reindex = await CliHarness.RunAsync(new ReindexVerb(), "reindex", "--data", Data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        var after = await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa ho so", "--data", Data, "--json");
        Assert.Equal(0, after.ExitCode);
        Assert.Equal(before.Output, after.Output);
        Assert.Contains(Directory.EnumerateDirectories(Data), d => Path.GetFileName(d).StartsWith("index.damaged-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_index_is_named_and_rebuilt_on_request()
    {
        var ingest = await CliHarness.RunAsync(new IngestVerb(), "ingest", Samples, "--data", Data);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Directory.Delete(Index, recursive: true);
        var missing = await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa ho so", "--data", Data);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("kg reindex", missing.Error);
        var reindex = await CliHarness.RunAsync(new ReindexVerb(), "reindex", "--data", Data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Equal(0, (await CliHarness.RunAsync(new SearchVerb(), "search", "so hoa ho so", "--data", Data)).ExitCode);
    }
}
