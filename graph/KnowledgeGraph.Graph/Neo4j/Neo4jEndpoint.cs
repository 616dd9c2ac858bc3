using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// What GET / says about a server: its version and where to commit transactions. Neo4j 3.x answers with a
/// "data" link (the version is in the document it points to) and commits at /db/data/transaction/commit;
/// 4.x and later answer with "neo4j_version" and a "transaction" link such as /db/{databaseName}/tx.
/// </summary>
public sealed partial record Neo4jEndpoint(string Version, int Major, Uri CommitUrl)
{
    /// <summary>The "data" link of a 3.x discovery document, or null for 4.x+.</summary>
    public static Uri? DataLink(Uri baseUrl, string discoveryJson)
    {
        using var doc = JsonDocument.Parse(discoveryJson);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String
            ? OnBase(baseUrl, data.GetString()!)
            : null;
    }

    /// <param name="baseUrl">The URL the user gave: links are rebased onto it (a server behind a proxy or bound to localhost
    /// advertises its own host name).</param>
    /// <param name="discoveryJson">Body of GET /.</param>
    /// <param name="dataJson">Body of GET on the "data" link (3.x only).</param>
    public static Neo4jEndpoint Parse(Uri baseUrl, string discoveryJson, string? dataJson, string database)
    {
        using var root = JsonDocument.Parse(discoveryJson);
        var r = root.RootElement;
        if (r.ValueKind != JsonValueKind.Object)
            throw new Neo4jException("Discovery", $"GET {baseUrl} did not return a JSON object: is this a Neo4j HTTP endpoint?");

        if (r.TryGetProperty("data", out _))
        {
            if (dataJson is null) throw new ArgumentException("a 3.x server needs the data document too", nameof(dataJson));
            using var data = JsonDocument.Parse(dataJson);
            var version = data.RootElement.TryGetProperty("neo4j_version", out var v) ? v.GetString() ?? "3" : "3";
            var tx = data.RootElement.TryGetProperty("transaction", out var t) && t.ValueKind == JsonValueKind.String
                ? OnBase(baseUrl, t.GetString()!) : new Uri(baseUrl, "/db/data/transaction");
            return new Neo4jEndpoint(version, MajorOf(version), new Uri(tx.AbsoluteUri.TrimEnd('/') + "/commit"));
        }

        if (!r.TryGetProperty("neo4j_version", out var ver) || ver.GetString() is not { } version4)
            throw new Neo4jException("Discovery", $"GET {baseUrl} has neither a \"data\" link (Neo4j 3.x) nor \"neo4j_version\" (4.x and later): is this a Neo4j HTTP endpoint?");
        var template = r.TryGetProperty("transaction", out var link) && link.ValueKind == JsonValueKind.String
            ? link.GetString()! : "/db/{databaseName}/tx";
        var path = OnBase(baseUrl, template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal));
        return new Neo4jEndpoint(version4, MajorOf(version4), new Uri(path.AbsoluteUri.TrimEnd('/') + "/commit"));
    }

    private static int MajorOf(string version) =>
        LeadingNumber().Match(version) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : 3;

    /// <summary>The path (and query) of a link, on the scheme, host and port of the base URL.</summary>
    private static Uri OnBase(Uri baseUrl, string link)
    {
        var pathAndQuery = Uri.TryCreate(link, UriKind.Absolute, out var abs) ? abs.PathAndQuery : link;
        // Uri would escape the braces of an unreplaced template; callers replace them first.
        var basePath = baseUrl.AbsolutePath.TrimEnd('/');
        var relative = pathAndQuery.StartsWith(basePath + "/", StringComparison.Ordinal) || basePath.Length == 0 ? pathAndQuery : basePath + pathAndQuery;
        return new Uri(new Uri(baseUrl.GetLeftPart(UriPartial.Authority)), relative);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
