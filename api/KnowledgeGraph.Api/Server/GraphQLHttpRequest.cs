using System.Text.Json;

namespace KnowledgeGraph.Api.Server;

/// <summary>
/// A GraphQL-over-HTTP request read from a POST body or GET parameters. Anything malformed becomes a
/// <see cref="GraphQLRequestException"/> whose message names the parameter and the problem (answered with 400).
/// </summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Dictionary<string, object?>? Variables, Dictionary<string, object?>? Extensions)
{
    public static GraphQLHttpRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new GraphQLRequestException(body.ValueKind == JsonValueKind.Array
                ? "The request body is a JSON array; batched requests are not supported, send one {\"query\": ...} object."
                : "The request body must be a JSON object with a \"query\" string.");
        string? query = null, operationName = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        foreach (var p in body.EnumerateObject())
        {
            switch (p.Name)
            {
                case "query": query = Text(p.Value, "query"); break;
                case "operationName": operationName = p.Value.ValueKind == JsonValueKind.Null ? null : Text(p.Value, "operationName"); break;
                case "variables": variables = Map(p.Value, "variables"); break;
                case "extensions": extensions = Map(p.Value, "extensions"); break;
            }
        }
        if (string.IsNullOrWhiteSpace(query)) throw new GraphQLRequestException("The request has no \"query\": send the GraphQL document as a string.");
        return new GraphQLHttpRequest(query, operationName, variables, extensions);
    }

    public static GraphQLHttpRequest FromQueryString(IQueryCollection q)
    {
        var query = q["query"].ToString();
        if (string.IsNullOrWhiteSpace(query)) throw new GraphQLRequestException("The URL has no query parameter: /graphql?query={...}.");
        var operationName = q.TryGetValue("operationName", out var op) && !string.IsNullOrEmpty(op) ? op.ToString() : null;
        return new GraphQLHttpRequest(query, operationName, ParseParam(q, "variables"), ParseParam(q, "extensions"));
    }

    private static Dictionary<string, object?>? ParseParam(IQueryCollection q, string name)
    {
        if (!q.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw)) return null;
        try
        {
            using var doc = JsonDocument.Parse(raw.ToString());
            return Map(doc.RootElement, name);
        }
        catch (JsonException e) { throw new GraphQLRequestException($"The {name} parameter is not valid JSON: {e.Message}"); }
    }

    private static string Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : throw new GraphQLRequestException($"\"{name}\" must be a string, not {e.ValueKind.ToString().ToLowerInvariant()}.");

    private static Dictionary<string, object?>? Map(JsonElement e, string name) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => (Dictionary<string, object?>)ToObject(e)!,
        _ => throw new GraphQLRequestException($"\"{name}\" must be a JSON object (or null), not {e.ValueKind.ToString().ToLowerInvariant()}."),
    };

    private static object? ToObject(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(ToObject).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.TryGetInt64(out var l) ? l : e.TryGetDecimal(out var m) ? m : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request (before parsing the document).</summary>
public sealed class GraphQLRequestException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status => status;
}
