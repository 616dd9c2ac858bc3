using Xunit;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui;

/// <summary>
/// The real server: documents ingested into a fresh data folder with the ingest verb, then the built
/// executable (kg.dll beside the tests) run as `kg serve` on a free port of 127.0.0.1, as a user runs it.
/// </summary>
public sealed class KgServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    public TempFolder Data { get; }
    public string BaseUrl { get; }

    private KgServeProcess(TempFolder data, string baseUrl, Process process)
    {
        Data = data;
        BaseUrl = baseUrl;
        _process = process;
    }

    /// <summary>A fresh data folder with these files or folders ingested (graph store and search index).</summary>
    public static async Task<TempFolder> IngestAsync(params string[] inputs)
    {
        var data = new TempFolder();
        var ingest = await CliHarness.RunAsync(new IngestVerb(), ["ingest", .. inputs, "--data", data.Path]);
        Assert.True(ingest.ExitCode == 0, $"ingest failed ({ingest.ExitCode}): {ingest.Error}\n{ingest.Output}");
        return data;
    }

    /// <summary>Opens the embedded store of a data folder (read it before or beside the server).</summary>
    public static Task<KnowledgeGraph.Graph.IGraphStore> OpenStoreAsync(TempFolder data) =>
        new StoreSettings(null, data.Path, null, null).OpenAsync(CancellationToken.None);

    /// <summary>Runs `kg serve` over an ingested data folder; the server owns the folder from then on.</summary>
    public static async Task<KgServeProcess> StartAsync(TempFolder data, string? apiKey = null)
    {

        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "index.html")),
            "wwwroot/index.html is not beside kg.dll: the BuildWebUi target did not run (is npm on PATH? run `bash tests/browser/setup.sh`)");
        var url = $"http://127.0.0.1:{FreePort()}";
        var psi = KgExecutable.StartInfo("serve", "--urls", url, "--data", data.Path);
        if (apiKey is not null) psi.Environment["KG_API_KEY"] = apiKey;   // writes (ingest, watches) allowed with this key
        var server = new KgServeProcess(data, url, Process.Start(psi)!);
        server._process.OutputDataReceived += (_, e) => { lock (server._log) server._log.AppendLine(e.Data); };
        server._process.ErrorDataReceived += (_, e) => { lock (server._log) server._log.AppendLine(e.Data); };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) Assert.Fail($"kg serve exited with {_process.ExitCode} before answering:\n{Log}");
            try
            {
                using var response = await http.PostAsJsonAsync($"{BaseUrl}/graphql", new { query = "{ __typename }" });
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(250);
        }
        Assert.Fail($"kg serve did not answer POST {BaseUrl}/graphql within 90 s:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Data.Dispose();
    }
}
