using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Server;

/// <summary>GraphiQL for a browser at /graphql: the page the web UI build puts in wwwroot/graphiql/index.html.</summary>
public static class GraphiQLPage
{
    public const string RelativePath = "graphiql/index.html";

    public static async Task WriteAsync(HttpContext http)
    {
        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = env.WebRootFileProvider.GetFileInfo(RelativePath);
        if (!file.Exists || file.IsDirectory)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                $"GraphiQL is not built: {RelativePath} is missing from the web root ({env.WebRootPath}). Build the web UI " +
                "(npm run build in api/KnowledgeGraph.Api/ui), or POST queries to /graphql with Content-Type: application/json.\n");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
