using System.Text.Json;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>
/// Replaces one document's facts inside the caller's transaction: delete what it stated before, write what it
/// states now, then re-derive (or remove) the shared nodes either version touched. A writer is used for a whole
/// batch: its statements are prepared once and reused, and the batch path re-derives each shared node once, at the
/// end of the batch, instead of once per document that touches it (the result is the same: re-deriving reads only
/// the final edges).
/// </summary>
internal sealed class SqliteFactWriter(SqliteConnection connection, SqliteTransaction transaction, Action<string>? beforeStep) : IAsyncDisposable
{
    /// <summary>Names of the write steps, in order (tests inject failures before any of them).</summary>
    public static readonly IReadOnlyList<string> Steps = ["delete", "document", "nodes", "edges", "refresh"];

    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public async Task WriteAsync(DocumentFacts f, CancellationToken ct)
    {
        var touched = new HashSet<(string Label, string Key)>();
        await WriteFactsAsync(f, touched, ct);
        Step("refresh");
        touched.Remove((NodeLabel.Document, f.Key));
        await RefreshAsync(touched, ct);
    }

    /// <summary>Re-derives (or removes) the shared nodes, in a fixed order.</summary>
    public async Task RefreshAsync(IEnumerable<(string Label, string Key)> touched, CancellationToken ct)
    {
        foreach (var (label, key) in touched.OrderBy(t => t.Label, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal))
            await RefreshSharedAsync(label, key, ct);
    }

    /// <summary>Deletes what the document stated before and writes what it states now; adds the shared nodes either version touched.</summary>
    public async Task WriteFactsAsync(DocumentFacts f, ISet<(string Label, string Key)> touched, CancellationToken ct)
    {
        Step("delete");
        await using (var cmd = Command("""
            SELECT to_label, to_key FROM edges WHERE source = $k AND to_label IN ('Document', 'Unit', 'Person')
            UNION SELECT from_label, from_key FROM edges WHERE source = $k AND from_label = 'Document'
            """, ("$k", f.Key)))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) touched.Add((r.GetString(0), r.GetString(1)));
        await Exec("DELETE FROM edges WHERE source = $k", ct, ("$k", f.Key));
        // INDEXED BY: without it the planner took the primary key (label = ?) and scanned every task and target of
        // the store for each document: loading grows quadratically (the e2e benchmark measured 74 ms a document at 10,000
        // documents, 17 at 1,000, before this fix).
        await Exec("DELETE FROM nodes INDEXED BY nodes_owner WHERE label IN ('Task', 'Target') AND owner = $k", ct, ("$k", f.Key));

        Step("document");
        await Exec("""
            INSERT INTO nodes (label, key, props) VALUES ('Document', $k, $p)
            ON CONFLICT (label, key) DO UPDATE SET props = excluded.props
            """, ct, ("$k", f.Key), ("$p", f.Document.Props.ToJson()));
        await Exec("""
            INSERT INTO texts (key, text) VALUES ($k, $t) ON CONFLICT (key) DO UPDATE SET text = excluded.text
            """, ct, ("$k", f.Key), ("$t", f.Text));

        Step("nodes");
        await using (var ins = Command("INSERT INTO nodes (label, key, props) VALUES ($l, $k, $p) ON CONFLICT (label, key) DO NOTHING",
                         ("$l", ""), ("$k", ""), ("$p", "")))
        {
            foreach (var n in f.ReferencedDocuments.Concat(f.Units).Concat(f.Persons))
            {
                ins.Parameters["$l"].Value = n.Label;
                ins.Parameters["$k"].Value = n.Key;
                ins.Parameters["$p"].Value = n.Props.ToJson();
                await ins.ExecuteNonQueryAsync(ct);
                touched.Add((n.Label, n.Key));
            }
        }
        await using (var ins = Command("INSERT INTO nodes (label, key, props) VALUES ($l, $k, $p)", ("$l", ""), ("$k", ""), ("$p", "")))
        {
            foreach (var n in f.Tasks.Concat(f.Targets))
            {
                ins.Parameters["$l"].Value = n.Label;
                ins.Parameters["$k"].Value = n.Key;
                ins.Parameters["$p"].Value = n.Props.ToJson();
                await ins.ExecuteNonQueryAsync(ct);
            }
        }

        Step("edges");
        await using (var ins = Command("""
            INSERT INTO edges (type, from_label, from_key, to_label, to_key, source, props) VALUES ($t, $fl, $fk, $tl, $tk, $s, $p)
            """, ("$t", ""), ("$fl", ""), ("$fk", ""), ("$tl", ""), ("$tk", ""), ("$s", ""), ("$p", "")))
        {
            foreach (var e in f.Edges)
            {
                ins.Parameters["$t"].Value = e.Type;
                ins.Parameters["$fl"].Value = e.FromLabel;
                ins.Parameters["$fk"].Value = e.FromKey;
                ins.Parameters["$tl"].Value = e.ToLabel;
                ins.Parameters["$tk"].Value = e.ToKey;
                ins.Parameters["$s"].Value = e.Source;
                ins.Parameters["$p"].Value = e.Props.ToJson();
                await ins.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>
    /// A shared node left without edges goes (unless ingested); otherwise it takes its derived properties from its
    /// best-ranked incoming edge (an index lookup, however many documents point at it).
    /// </summary>
    private async Task RefreshSharedAsync(string label, string key, CancellationToken ct)
    {
        PropertyBag? current = null;
        await using (var cmd = Command("SELECT props FROM nodes WHERE label = $l AND key = $k", ("$l", label), ("$k", key)))
            if (await cmd.ExecuteScalarAsync(ct) is string json)
                current = Parse(json);
        if (current is null) return;
        if (label == NodeLabel.Document && current.GetBool(Prop.Ingested) == true) return;

        bool connected;
        await using (var cmd = Command("""
            SELECT EXISTS (SELECT 1 FROM edges WHERE to_label = $l AND to_key = $k)
                OR EXISTS (SELECT 1 FROM edges WHERE from_label = $l AND from_key = $k)
            """, ("$l", label), ("$k", key)))
            connected = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
        if (!connected)
        {
            await Exec("DELETE FROM nodes WHERE label = $l AND key = $k", ct, ("$l", label), ("$k", key));
            return;
        }
        PropertyBag? best = null;
        await using (var cmd = Command("""
            SELECT props FROM edges WHERE to_label = $l AND to_key = $k AND rank IS NOT NULL ORDER BY rank LIMIT 1
            """, ("$l", label), ("$k", key)))
            if (await cmd.ExecuteScalarAsync(ct) is string json)
                best = Parse(json);
        var props = SharedNodeProperties.Apply(label, current, best);
        await Exec("UPDATE nodes SET props = $p WHERE label = $l AND key = $k", ct, ("$p", props.ToJson()), ("$l", label), ("$k", key));
    }

    private static PropertyBag Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return PropertyBag.FromJson(doc.RootElement);
    }

    private void Step(string name) => beforeStep?.Invoke(name);

    /// <summary>
    /// The writer's command for this SQL, prepared on first use and kept for the batch, with the given parameter
    /// values. Disposing it is a no-op (<see cref="Reused"/>); the writer disposes them all at the end.
    /// </summary>
    private Reused Command(string sql, params (string Name, object? Value)[] ps)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = sql;
            foreach (var (n, _) in ps) cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
            _prepared[sql] = cmd;
        }
        foreach (var (n, v) in ps) cmd.Parameters[n].Value = v ?? DBNull.Value;
        return new Reused(cmd);
    }

    private async Task Exec(string sql, CancellationToken ct, params (string Name, object? Value)[] ps)
    {
        await using var cmd = Command(sql, ps);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cmd in _prepared.Values) await cmd.DisposeAsync();
        _prepared.Clear();
    }

    /// <summary>A prepared command lent for one use: <c>await using</c> on it leaves the command to the writer.</summary>
    private readonly struct Reused(SqliteCommand command) : IAsyncDisposable
    {
        public SqliteParameterCollection Parameters => command.Parameters;
        public Task<int> ExecuteNonQueryAsync(CancellationToken ct) => command.ExecuteNonQueryAsync(ct);
        public Task<object?> ExecuteScalarAsync(CancellationToken ct) => command.ExecuteScalarAsync(ct);
        public Task<SqliteDataReader> ExecuteReaderAsync(CancellationToken ct) => command.ExecuteReaderAsync(ct);
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
