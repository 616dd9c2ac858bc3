using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.WebUi;

/// <summary>
/// Giao diện web (the analysts' web UI) and GraphiQL, served from the bundles that <c>ui/</c> builds into
/// <c>wwwroot/</c> (copied beside the executable by the BuildWebUi target of the project file).
/// Client-side routes (/search, /doc/KEY, /cascade/KEY, /unit/KEY) all answer index.html; the page picks the view.
/// </summary>
public static class WebUiEndpoints
{
    /// <summary>The paths the single-page app owns; anything else is left to the API or 404.</summary>
    public static readonly string[] ClientRoutes = ["/", "/search", "/doc/{**key}", "/cascade/{**key}", "/unit/{**key}"];

    /// <summary>Where the built UI lives: wwwroot beside the executable (independent of the working directory).</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>
    /// Static files, GraphiQL for a browser asking GET /graphql (Accept: text/html, no query), and the client routes.
    /// Call before the GraphQL endpoint is mapped, so the GraphiQL middleware sees the request first.
    /// </summary>
    public static WebApplication MapWebUi(this WebApplication app, string? root = null)
    {
        root ??= DefaultRoot;
        var index = Path.Combine(root, "index.html");
        var graphiql = Path.Combine(root, "graphiql", "index.html");
        if (!Directory.Exists(root)) Directory.CreateDirectory(root); // PhysicalFileProvider needs the folder; the pages below explain what is missing
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });

        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) && request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
                && !request.Query.ContainsKey("query") && AcceptsHtml(request))
            {
                await SendPage(context, graphiql);
                return;
            }
            await next(context);
        });

        foreach (var route in ClientRoutes)
            app.MapGet(route, (HttpContext context) => SendPage(context, index)).ExcludeFromDescription();
        return app;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async Task SendPage(HttpContext context, string file)
    {
        if (!File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"The web UI is not built: {file} is missing. Build it with `npm ci && npm run build` in api/KnowledgeGraph.Api/ui " +
                "(dotnet build does this when npm is on PATH), then restart the server.");
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.SendFileAsync(file);
    }
}
