using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// The web UI built into wwwroot (owned by the UI build): static files, and index.html for the UI's client-side routes
/// (/search, /doc/..., /cascade/..., /unit/..., /coverage/..., /deadlines/..., /compare/..., /watches), so a bookmarked or reloaded URL opens the app.
/// </summary>
public static class WebUi
{
    public static readonly IReadOnlyList<string> ClientRoutes = ["/search", "/doc", "/cascade", "/lineage", "/path", "/unit", "/tasks", "/stats", "/coverage", "/deadlines", "/compare", "/watches"];

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        foreach (var route in ClientRoutes)
        {
            app.MapGet(route, ServeIndexAsync);
            app.MapGet(route + "/{**rest}", ServeIndexAsync);
        }
        app.MapGet("/", ServeIndexAsync);
        return app;
    }

    private static async Task ServeIndexAsync(HttpContext http)
    {
        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = env.WebRootFileProvider.GetFileInfo("index.html");
        if (!file.Exists || file.IsDirectory)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"The web UI is not built: index.html is missing from the web root ({env.WebRootPath}). The API is at /graphql.\n");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
