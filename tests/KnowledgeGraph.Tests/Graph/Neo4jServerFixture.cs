using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Graph.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// A real Neo4j server for the Neo4j tests: runs <c>tests/neo4j/neo4j.sh setup</c>, starts an instance on free
/// ports and stops that instance (by the PID it started) when the tests end. When Neo4j cannot be set up or
/// started, every test using it fails with the reason; none is skipped.
/// KG_TEST_NEO4J_URL points the tests at a running server instead (its database is wiped by the tests).
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private string? _pid;
    private Uri? _url;
    private string? _problem;

    public Neo4jOptions Options(int? rowsPerStatement = null, int? maxRowsPerCommit = null)
    {
        if (_problem is not null) throw new InvalidOperationException(_problem);
        var o = Neo4jOptions.FromUrl(_url!.ToString());
        return o with
        {
            RowsPerStatement = rowsPerStatement ?? o.RowsPerStatement,
            MaxRowsPerCommit = maxRowsPerCommit ?? o.MaxRowsPerCommit,
        };
    }

    /// <summary>A store on this server, initialised and emptied: each contract test starts from nothing.</summary>
    public async Task<Neo4jGraphStore> EmptyStoreAsync()
    {
        var store = new Neo4jGraphStore(Options());
        await store.InitializeAsync();
        await store.ClearAsync();
        return store;
    }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URL") is { Length: > 0 } external)
        {
            _url = new Uri(external);
            return;
        }
        var script = Path.Combine(RepoPaths.Root, "tests", "neo4j", "neo4j.sh");
        var setup = await RunAsync(script, ["setup"], TimeSpan.FromMinutes(15));
        if (setup.ExitCode != 0)
        {
            _problem = $"Neo4j is not set up: 'bash tests/neo4j/neo4j.sh setup' failed with exit code {setup.ExitCode}: {Tail(setup.Output)}";
            return;
        }
        int http = FreePort(), bolt = FreePort();
        while (bolt == http) bolt = FreePort();
        var start = await RunAsync(script, ["start", http.ToString(), bolt.ToString()], TimeSpan.FromMinutes(3));
        var last = start.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (start.ExitCode != 0 || last is null || !int.TryParse(last, out _))
        {
            _problem = $"Neo4j did not start: 'bash tests/neo4j/neo4j.sh start {http} {bolt}' exited {start.ExitCode}: {Tail(start.Output)}";
            return;
        }
        _pid = last;
        _url = new Uri($"http://127.0.0.1:{http}");
    }

    public async Task DisposeAsync()
    {
        if (_pid is null) return;
        var script = Path.Combine(RepoPaths.Root, "tests", "neo4j", "neo4j.sh");
        await RunAsync(script, ["stop", _pid], TimeSpan.FromMinutes(2));
    }

    internal static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    internal sealed record RunResult(int ExitCode, string Stdout, string Output);

    internal static async Task<RunResult> RunAsync(string script, string[] args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            return new RunResult(-1, "", $"timed out after {timeout.TotalSeconds:0} s");
        }
        var o = await stdout;
        return new RunResult(p.ExitCode, o, o + await stderr);
    }

    internal static string Tail(string s) => s.Length <= 2000 ? s.Trim() : "…" + s[^2000..].Trim();
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j server";
}
