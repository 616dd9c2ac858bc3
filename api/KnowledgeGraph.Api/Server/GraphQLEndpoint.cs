using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Validation;
using KnowledgeGraph.Api.GraphQL;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// <c>/graphql</c> following the GraphQL-over-HTTP specification: POST application/json, GET for queries (a mutation over
/// GET is 405), answers in application/graphql-response+json when accepted (application/json otherwise), 400 for
/// malformed requests and for documents that do not parse or validate, 200 once execution started.
/// A browser asking for text/html gets GraphiQL from wwwroot/graphiql/index.html.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        app.MapGet(Path, HandleAsync);
        app.MapMethods(Path, ["PUT", "DELETE", "PATCH"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Results.Text("Use GET (queries) or POST (queries and mutations) on /graphql.\n", "text/plain", statusCode: 405);
        });
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<KgSchema> executer, IGraphQLTextSerializer serializer, KgServices services)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (isGet && WantsHtml(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        var mediaType = ResponseMediaType(http.Request);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, serializer, GraphQLResponseJson, StatusCodes.Status406NotAcceptable,
                $"The Accept header '{http.Request.Headers.Accept}' allows neither {GraphQLResponseJson} nor {Json}.");
            return;
        }

        GraphQLHttpRequest request;
        try { request = isGet ? GraphQLHttpRequest.FromQueryString(http.Request.Query) : await ReadBodyAsync(http); }
        catch (GraphQLRequestException e)
        {
            // A body refused for its size is left unread, so Kestrel closes the connection after the answer: say so,
            // or a client that reuses pooled connections sends its next request down a socket about to close.
            if (e.Status == StatusCodes.Status413PayloadTooLarge) http.Response.Headers.Connection = "close";
            if (!http.RequestAborted.IsCancellationRequested) await WriteRequestErrorAsync(http, serializer, mediaType, e.Status, e.Message);
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(services.Limits.RequestTimeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(o =>
            {
                o.Query = request.Query;
                o.OperationName = request.OperationName;
                o.Variables = request.Variables?.ToInputs();
                o.Extensions = request.Extensions?.ToInputs();
                o.UserContext = new KgRequestContext(services, Authorised(http, services.Options.ApiKey));
                o.RequestServices = http.RequestServices;
                o.CancellationToken = timeout.Token;
                if (isGet) o.ValidationRules = DocumentValidator.CoreRules.Append(HttpGetMutationRule.Instance);
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await WriteRequestErrorAsync(http, serializer, mediaType, StatusCodes.Status504GatewayTimeout,
                $"The request took longer than the limit of {services.Limits.RequestTimeout.TotalMilliseconds:0} ms and was cancelled.");
            return;
        }

        var status = StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e is HttpGetMutationError) == true)
        {
            status = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else if (!result.Executed && mediaType == GraphQLResponseJson)
        {
            // The document did not parse or validate (or named no runnable operation): nothing ran.
            status = StatusCodes.Status400BadRequest;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task<GraphQLHttpRequest> ReadBodyAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        if (string.IsNullOrEmpty(contentType))
            throw new GraphQLRequestException($"The request has no Content-Type; send the body as {Json}.", StatusCodes.Status415UnsupportedMediaType);
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException($"Content-Type '{contentType}' is not supported; send the body as {Json}.", StatusCodes.Status415UnsupportedMediaType);
        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new GraphQLRequestException($"Charset '{parsed.Charset}' is not supported; send UTF-8.", StatusCodes.Status415UnsupportedMediaType);
        var max = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (http.Request.ContentLength > max)
            throw new GraphQLRequestException($"The request body has {http.Request.ContentLength} bytes, more than the limit of {max} bytes.", StatusCodes.Status413PayloadTooLarge);
        try
        {
            using var doc = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            return GraphQLHttpRequest.FromJson(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new GraphQLRequestException($"The request body is not valid JSON: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new GraphQLRequestException($"The request body is larger than the limit of {max} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException e)
        {
            // Truncated or otherwise broken body (a client that went away mid-request): a request error, not a server fault.
            throw new GraphQLRequestException($"The request body could not be read: {e.Message}", e.StatusCode);
        }
    }

    /// <summary>
    /// The media type to answer in; null when the Accept header allows neither JSON type. Without an Accept header or
    /// with only wildcards the specification says to assume application/json (clients older than graphql-response+json).
    /// </summary>
    private static string? ResponseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var a in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (a.Quality == 0) continue;
            var m = a.MediaType.Value ?? "";
            if (m.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return GraphQLResponseJson;
            if (m.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
            if (m is "*/*" or "application/*") return Json;
        }
        return null;
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        && !request.Query.ContainsKey("query");

    /// <summary>The API key from X-Api-Key or Authorization: Bearer, compared in constant time.</summary>
    public static bool Authorised(HttpContext http, string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey)) return false;
        string? given = http.Request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && http.Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            given = auth["Bearer ".Length..].Trim();
        if (given is null) return false;
        // Hash both sides: equal lengths for FixedTimeEquals, so the comparison time says nothing about the key.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
