using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// The embedded store's file cannot be used: the message names the file and says why in words (disk full,
/// read-only, damaged) instead of a bare SQLite error code.
/// </summary>
public sealed class SqliteStoreException(string path, SqliteException inner)
    : Exception($"the graph store {path} cannot be used: {Describe(inner)}", inner)
{
    public static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        13 => "the disk is full (SQLite error 13); free space and run the same command again: nothing was half-written",
        8 => "the file or its folder is read-only (SQLite error 8)",
        14 => "the file cannot be opened (SQLite error 14): check that the data folder exists and is writable",
        11 or 26 => $"the file is damaged or is not a kg database (SQLite error {e.SqliteErrorCode}); move it away and ingest again",
        5 or 6 => "the file is locked by another process (SQLite error 5/6); wait for it or stop it",
        _ => e.Message,
    };
}
