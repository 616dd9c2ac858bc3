using KnowledgeGraph.Graph.Query;
using System.Threading.RateLimiting;
using GraphQL;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// The HTTP server (Kestrel): /graphql, GraphiQL, the web UI, limits and security headers. The serve verb and the
/// tests both start it here, so tests exercise the same pipeline on a real port of 127.0.0.1.
/// The caller owns the store; disposing the server stops it and releases the search index.
/// </summary>
public sealed class KgServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly KgServices _services;

    private KgServer(WebApplication app, KgServices services, IReadOnlyList<Uri> addresses)
    {
        _app = app;
        _services = services;
        Addresses = addresses;
    }

    /// <summary>Where the server listens (the real port when the URL asked for port 0).</summary>
    public IReadOnlyList<Uri> Addresses { get; }
    public Uri BaseAddress => Addresses[0];
    public Uri GraphQLAddress => new(BaseAddress, GraphQLEndpoint.Path);
    public IServiceProvider Services => _app.Services;

    public static async Task<KgServer> StartAsync(IGraphStore store, KgServerOptions options, CancellationToken ct = default)
    {
        var app = Build(store, options, out var services);
        await app.StartAsync(ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)))
            .ToList();
        return new KgServer(app, services, addresses);
    }

    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _services.Dispose();
    }

    private static WebApplication Build(IGraphStore store, KgServerOptions options, out KgServices services)
    {
        var webRoot = options.WebRoot ?? DefaultWebRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production, // no developer exception page, no static web assets manifest
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
            ApplicationName = typeof(KgServer).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.Limits.MaxBodyBytes;
        });

        services = new KgServices(store, options);
        builder.Services.AddSingleton(services);
        if (store is IReadWarmer warmer && options.WarmInterval > TimeSpan.Zero)
            builder.Services.AddHostedService(sp => new ReadWarmingService(warmer, options, sp.GetRequiredService<ILogger<ReadWarmingService>>()));
        builder.Services.AddGraphQL(b => KgSchema.Configure(b, options.Limits));

        var limits = options.Limits;
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                limits.RateLimitPermits <= 0
                    ? RateLimitPartition.GetNoLimiter("all")
                    : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.RateLimitPermits, Window = limits.RateLimitWindow, QueueLimit = 0 }));
            r.OnRejected = async (ctx, token) =>
            {
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limits.RateLimitWindow.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ctx.HttpContext.Response.WriteAsync(
                    $"Too many requests: at most {limits.RateLimitPermits} per {limits.RateLimitWindow.TotalSeconds:0} s from one address. Retry later.\n", token);
            };
        });

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(async http =>
        {
            // Never a stack trace: the details stay in the server log.
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("Internal server error.\n");
        }));
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.MapGraphQLApi();
        app.MapCalendarApi();
        app.MapWebUi();
        return app;
    }

    /// <summary>wwwroot beside the executable, else the project's wwwroot when running from the source tree.</summary>
    public static string DefaultWebRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var source = Path.Combine(dir.FullName, "api", "KnowledgeGraph.Api", "wwwroot");
            if (Directory.Exists(source)) return source;
        }
        return beside;
    }
}
