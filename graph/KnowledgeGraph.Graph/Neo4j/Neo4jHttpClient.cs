using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>The rows of one statement's result.</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    public int Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++) if (Columns[i] == name) return i;
        throw new InvalidOperationException($"Neo4j result has no column '{name}' (columns: {string.Join(", ", Columns)})");
    }
}

/// <summary>
/// Neo4j's HTTP transactional Cypher endpoint, without a driver: discovery, one request per transaction
/// (every statement of a commit succeeds or none does), errors in the response turned into exceptions,
/// retries with backoff on transient failures.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private readonly Neo4jOptions _options;
    private readonly HttpClient _http;
    private Neo4jEndpoint? _endpoint;
    private int _requests, _statements;
    private long _requestBytes, _clientTicks;

    public Neo4jHttpClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = options.RequestTimeout;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.Add("X-Stream", "true");
        if (options.User is not null)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public Uri Url => _options.Url;

    /// <summary>Requests, statements and bytes sent so far, and the time spent on them in this process.</summary>
    public Neo4jHttpStats Stats => new(Volatile.Read(ref _requests), Volatile.Read(ref _statements), Interlocked.Read(ref _requestBytes),
        TimeSpan.FromTicks(Interlocked.Read(ref _clientTicks)).TotalSeconds);

    /// <summary>Adds time the caller spent preparing statements to <see cref="Stats"/>.</summary>
    public void AddClientTime(TimeSpan elapsed) => Interlocked.Add(ref _clientTicks, elapsed.Ticks);

    public Neo4jEndpoint Endpoint => _endpoint ?? throw new InvalidOperationException("call DiscoverAsync first");

    /// <summary>GET / (and the 3.x data document) to learn the version and the commit URL.</summary>
    public async Task<Neo4jEndpoint> DiscoverAsync(CancellationToken ct)
    {
        if (_endpoint is not null) return _endpoint;
        var root = await WithRetriesAsync(() => GetStringAsync(_options.Url, ct), ct);
        string? data = null;
        if (Neo4jEndpoint.DataLink(_options.Url, root) is { } dataUrl)
            data = await WithRetriesAsync(() => GetStringAsync(dataUrl, ct), ct);
        return _endpoint = Neo4jEndpoint.Parse(_options.Url, root, data, _options.Database);
    }

    /// <summary>Runs the statements in one transaction and commits it; any error rolls all of them back and throws.</summary>
    public async Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var endpoint = await DiscoverAsync(ct);
        var serialising = System.Diagnostics.Stopwatch.GetTimestamp();
        var body = CypherJson.Request(statements);
        AddClientTime(System.Diagnostics.Stopwatch.GetElapsedTime(serialising));
        return await WithRetriesAsync(async () =>
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _statements, statements.Count);
            Interlocked.Add(ref _requestBytes, body.Length);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await SendAsync(() => _http.PostAsync(endpoint.CommitUrl, content, ct), endpoint.CommitUrl);
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            JsonDocument doc;
            try { doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct); }
            catch (JsonException e) when (!response.IsSuccessStatusCode)
            {
                throw new Neo4jException($"HTTP.{(int)response.StatusCode}", $"{response.ReasonPhrase} from {endpoint.CommitUrl} ({e.Message})");
            }
            using (doc) return ReadResults(doc.RootElement, response, statements);
        }, ct);
    }

    public Task<IReadOnlyList<CypherResult>> CommitAsync(CypherStatement statement, CancellationToken ct) => CommitAsync([statement], ct);

    private static IReadOnlyList<CypherResult> ReadResults(JsonElement root, HttpResponseMessage response, IReadOnlyList<CypherStatement> statements)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var e = errors[0];
            var code = e.TryGetProperty("code", out var c) ? c.GetString() ?? "Unknown" : "Unknown";
            var message = e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            // The failing statement is the first without a result.
            var done = root.TryGetProperty("results", out var rs) ? rs.GetArrayLength() : 0;
            var failed = done < statements.Count ? statements[done].Name : null;
            throw new Neo4jException(code, message, failed);
        }
        if (!response.IsSuccessStatusCode)
            throw new Neo4jException($"HTTP.{(int)response.StatusCode}", $"{response.ReasonPhrase} from {response.RequestMessage?.RequestUri}");
        var results = new List<CypherResult>();
        foreach (var r in root.GetProperty("results").EnumerateArray())
        {
            var columns = r.GetProperty("columns").EnumerateArray().Select(x => x.GetString()!).ToList();
            var rows = r.GetProperty("data").EnumerateArray()
                .Select(d => d.GetProperty("row").EnumerateArray().Select(x => x.Clone()).ToArray())
                .ToList();
            results.Add(new CypherResult(columns, rows));
        }
        return results;
    }

    private async Task<string> GetStringAsync(Uri url, CancellationToken ct)
    {
        using var response = await SendAsync(() => _http.GetAsync(url, ct), url);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw new Neo4jException("HTTP.401", $"Neo4j at {_options.Url} refused the credentials (set them in the URL or KG_NEO4J_USER / KG_NEO4J_PASSWORD)");
        if (!response.IsSuccessStatusCode)
            throw new Neo4jException($"HTTP.{(int)response.StatusCode}", $"GET {url}: {response.ReasonPhrase}");
        return body;
    }

    /// <summary>Sends, turning "cannot connect" into <see cref="Neo4jUnavailableException"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, Uri url)
    {
        try { return await send(); }
        catch (HttpRequestException e) when (e.InnerException is SocketException or IOException || e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new Neo4jUnavailableException(_options.Url, e.InnerException?.Message ?? e.Message, e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new Neo4jUnavailableException(_options.Url, $"no answer from {url} within {_http.Timeout.TotalSeconds:0} s", e);
        }
    }

    /// <summary>
    /// Retries transient failures with exponential backoff. A commit is safe to repeat: every write the store
    /// sends replaces a document's facts, so applying it twice gives the same graph.
    /// </summary>
    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, CancellationToken ct)
    {
        var delay = _options.FirstRetryDelay;
        for (var i = 0; ; i++)
        {
            try { return await attempt(); }
            catch (Exception e) when (i < _options.MaxRetries && e is Neo4jUnavailableException or Neo4jException { IsTransient: true })
            {
                await Task.Delay(delay, ct);
                delay *= 2;
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
