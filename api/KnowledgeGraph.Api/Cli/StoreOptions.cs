using System.CommandLine;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Neo4j;
using KnowledgeGraph.Graph.Sqlite;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// The options that say which graph store a verb works on, shared by every verb that opens one
/// (ingest, cascade, path, and later search and serve): <c>--store embedded|neo4j</c>, <c>--data DIR</c>,
/// <c>--neo4j-url URL</c>, <c>--neo4j-database NAME</c>. Credentials go in the URL (http://user:pass@host:7474)
/// or in KG_NEO4J_USER / KG_NEO4J_PASSWORD, never as separate command-line words.
/// </summary>
public sealed class StoreOptions
{
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";

    public Option<string?> Store { get; } = new("--store")
    {
        Description = $"Graph store: {Embedded} (SQLite in --data, the default) or {Neo4j} (over HTTP at --neo4j-url)",
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = $"Data folder: the embedded store and the search index; with --store neo4j, the search index only (default: {GraphDataPaths.DefaultDataDirectory}, or KG_DATA)",
    };

    public Option<string?> Neo4jUrl { get; } = new("--neo4j-url")
    {
        Description = $"Neo4j HTTP endpoint (default: KG_NEO4J_URL or {Neo4jOptions.DefaultUrl}); implies --store {Neo4j}",
    };

    public Option<string?> Neo4jDatabase { get; } = new("--neo4j-database")
    {
        Description = "Database name on Neo4j 4 and later (default: neo4j)",
    };

    public StoreOptions()
    {
        Store.AcceptOnlyFromAmong(Embedded, Neo4j);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Data);
        command.Options.Add(Neo4jUrl);
        command.Options.Add(Neo4jDatabase);
    }

    public StoreSettings Read(ParseResult parse) => new(
        parse.GetValue(Store), parse.GetValue(Data), parse.GetValue(Neo4jUrl), parse.GetValue(Neo4jDatabase));
}

/// <summary>The store options as given; <see cref="OpenAsync"/> turns them into an initialised store.</summary>
public sealed record StoreSettings(string? Store, string? Data, string? Neo4jUrl, string? Neo4jDatabase)
{
    public string Kind => Store ?? (Neo4jUrl is not null ? StoreOptions.Neo4j : StoreOptions.Embedded);

    /// <summary>Opens and initialises the store; throws <see cref="CliException"/> for contradictory options.</summary>
    public async Task<IGraphStore> OpenAsync(CancellationToken ct)
    {
        IGraphStore store;
        if (Kind == StoreOptions.Neo4j)
        {
            // --data then holds only this machine's search index (see DataFolderOption.IndexFolder).
            var url = Neo4jUrl ?? Environment.GetEnvironmentVariable("KG_NEO4J_URL") ?? Neo4jOptions.DefaultUrl;
            Neo4jOptions options;
            try { options = Neo4jOptions.FromUrl(url, database: Neo4jDatabase); }
            catch (ArgumentException e) { throw new CliException(e.Message); }
            store = new Neo4jGraphStore(options);
        }
        else
        {
            if (Neo4jUrl is not null) throw new CliException("--neo4j-url needs --store neo4j (or no --store at all)");
            var folder = Data ?? Environment.GetEnvironmentVariable("KG_DATA") ?? GraphDataPaths.DefaultDataDirectory;
            try { store = new SqliteGraphStore(folder); }
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot use --data {folder}: {e.Message}");
            }
        }
        try
        {
            await store.InitializeAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}

/// <summary>A problem with what the user asked for: printed as "error: message", exit code 1.</summary>
public sealed class CliException(string message) : Exception(message);
