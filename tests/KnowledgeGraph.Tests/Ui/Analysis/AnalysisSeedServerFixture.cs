using Xunit;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui.Analysis;

/// <summary>
/// The server over the four seeds with an API key, so that the watch page can save, mark and delete watches (writes
/// need the key); its own data folder, so the watches never reach the other browser tests' server.
/// </summary>
public sealed class AnalysisSeedServerFixture : IAsyncLifetime
{
    public const string ApiKey = "analysis-ui-test-key";

    public KgServeProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BrowserScenario.RequirePrerequisites();
        var data = await KgServeProcess.IngestAsync(RepoPaths.Seeds);
        Server = await KgServeProcess.StartAsync(data, ApiKey);
    }

    public async Task DisposeAsync() { if (Server is not null) await Server.DisposeAsync(); }
}
