namespace KnowledgeGraph.Search;

/// <summary>
/// The user's search cannot run as typed (empty, no searchable words, too long, an unknown filter value).
/// The message is written for the user: it names the input and the problem.
/// </summary>
public sealed class SearchQueryException(string message) : Exception(message);

/// <summary>The index is missing, built by an incompatible version, or opened read-only for a write.</summary>
public sealed class SearchIndexException(string message, Exception? inner = null) : Exception(message, inner);
