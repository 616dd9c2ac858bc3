using KnowledgeGraph.Graph.Query;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// Keeps the store's read structures built for its current version: after an ingest (by this server or a
/// <c>kg ingest</c> beside it) has been quiet for <see cref="KgServerOptions.WarmSettle"/>, the relation index and
/// the documents' units are rebuilt here rather than by the first analyst who asks for a cascade or a coverage.
/// A failure is logged and tried again at the next tick: reads still build what they need themselves.
/// </summary>
public sealed class ReadWarmingService(IReadWarmer warmer, KgServerOptions options, ILogger<ReadWarmingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.WarmInterval);
        try
        {
            do
            {
                try { await warmer.WarmAsync(options.WarmSettle, stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Warming the store's read index failed; the next read builds it instead");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
