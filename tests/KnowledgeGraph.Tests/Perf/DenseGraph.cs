using System.Text.Json;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>
/// A dense random document graph written straight into an embedded store's tables (thousands of documents in one
/// transaction, where ingesting them would take minutes): hubs that many documents implement, chains deeper than
/// the depth limits, cycles, SAME_AS pairs above and below the score threshold, CITES edges the cascade must not
/// follow, edge ends that are not stored documents, and tasks naming units (one unit under two spellings).
/// </summary>
internal static class DenseGraph
{
    public static readonly string[] Relations = [EdgeType.Implements, EdgeType.BasedOn, EdgeType.Guides, EdgeType.Issues, EdgeType.Cites, EdgeType.Amends];

    public static async Task WriteAsync(string dataFolder, int documents, int seed)
    {
        await using (var store = new SqliteGraphStore(dataFolder)) await store.InitializeAsync();
        var rng = new Random(seed);
        await using var c = new SqliteConnection($"Data Source={Path.Combine(dataFolder, KnowledgeGraph.Graph.GraphDataPaths.SqliteFileName)}");
        await c.OpenAsync();
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
        var node = Insert(c, tx, "INSERT INTO nodes (label, key, props) VALUES ($a, $b, $c)", 3);
        var edge = Insert(c, tx, "INSERT OR IGNORE INTO edges (type, from_label, from_key, to_label, to_key, source, props) VALUES ($a, $b, $c, $d, $e, $f, $g)", 7);
        var provinces = ProvinceMap.Current.Concat(["Hà Giang", "Bắc Kạn", "Khánh Hòa"]).ToList();
        string Key(int i) => $"doc-{i:D5}";

        for (var i = 0; i < documents; i++)
        {
            var central = i < documents / 50;
            var props = new Dictionary<string, object?>
            {
                ["key"] = Key(i), ["code"] = $"{i}/KH-UBND", ["title"] = $"Kế hoạch {i}", ["type"] = central ? "NghiQuyet" : "KeHoach",
                ["province"] = central ? null : provinces[rng.Next(provinces.Count)], ["ingested"] = rng.NextDouble() < 0.9,
                ["date"] = $"20{18 + rng.Next(8)}-0{1 + rng.Next(9)}-1{rng.Next(10)}",
            };
            await Run(node, "Document", Key(i), Json(props));
        }
        for (var u = 0; u < 40; u++) await Run(node, "Unit", $"unit-{u}", Json(new Dictionary<string, object?> { ["key"] = $"unit-{u}", ["name"] = $"Sở {u}" }));

        var hubs = Math.Max(1, documents / 50);
        for (var i = 0; i < documents; i++)
        {
            var from = Key(i);
            var edges = 1 + rng.Next(4);
            for (var e = 0; e < edges; e++)
            {
                // Mostly towards a hub or an earlier document (a hierarchy), sometimes towards a later one (cycles).
                var to = rng.NextDouble() switch
                {
                    < 0.35 => rng.Next(hubs),
                    < 0.85 => rng.Next(Math.Max(1, i)),
                    _ => rng.Next(documents),
                };
                if (to == i) continue;
                var type = Relations[rng.Next(Relations.Length)];
                await Run(edge, type, "Document", from, "Document", Key(to), from,
                    Json(new Dictionary<string, object?> { ["source"] = from, ["sentence"] = $"{type} {to}", ["start"] = e * 10, ["end"] = e * 10 + 5 }));
            }
            if (rng.NextDouble() < 0.05)
            {
                var other = Key(rng.Next(documents));
                var score = Math.Round(0.5 + rng.NextDouble() * 0.5, 2);
                await Run(edge, EdgeType.SameAs, "Document", from, "Document", other, from,
                    Json(new Dictionary<string, object?> { ["source"] = from, ["score"] = score, ["reason"] = "same title" }));
            }
            if (rng.NextDouble() < 0.03)
                await Run(edge, EdgeType.Implements, "Document", from, "Document", $"missing-{rng.Next(20)}", from, Json(new Dictionary<string, object?> { ["source"] = from }));
            if (rng.NextDouble() < 0.03)
                await Run(edge, EdgeType.Implements, "Document", $"missing-{rng.Next(20)}", "Document", from, from, Json(new Dictionary<string, object?> { ["source"] = from }));
            for (var t = 0; t < rng.Next(4); t++)
            {
                var task = $"{from}#t{t}";
                await Run(node, "Task", task, Json(new Dictionary<string, object?> { ["key"] = task, ["document"] = from, ["ordinal"] = t, ["text"] = $"Nhiệm vụ {t}" }));
                await Run(edge, "ASSIGNS", "Document", from, "Task", task, from, Json(new Dictionary<string, object?> { ["source"] = from }));
                for (var l = 0; l < 1 + rng.Next(3); l++)
                {
                    var unit = rng.Next(40);
                    var name = unit == 7 && rng.Next(2) == 0 ? "Sở Bảy (cách viết khác)" : $"Sở {unit}";
                    await Run(edge, l == 0 ? EdgeType.Lead : EdgeType.Support, "Task", task, "Unit", $"unit-{unit}", from,
                        Json(new Dictionary<string, object?> { ["source"] = from, ["name"] = name, ["province"] = "Hà Nội" }));
                }
            }
        }
        await tx.CommitAsync();
    }

    /// <summary>Result records as JSON, for comparing two runs exactly.</summary>
    public static string Canonical(object? value) => JsonSerializer.Serialize(value);

    /// <summary>Cascade options that change the walk (SAME_AS off, a score floor, other types, upward): each reference comparison runs them all.</summary>
    public static CascadeOptions[] WalkVariants() =>
    [
        new CascadeOptions { MaxDepth = 4, FollowSameAs = false },
        new CascadeOptions { MaxDepth = 4, MinSameAsScore = 0.95 },
        new CascadeOptions { MaxDepth = 5, RelationTypes = [EdgeType.Issues, EdgeType.Cites] },
        new CascadeOptions { MaxDepth = 4, Direction = CascadeDirection.Up, RelationTypes = [EdgeType.Implements] },
    ];

    private static string Json(Dictionary<string, object?> props) =>
        JsonSerializer.Serialize(props.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    private static SqliteCommand Insert(SqliteConnection c, SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++) cmd.Parameters.AddWithValue("$" + (char)('a' + i), "");
        return cmd;
    }

    private static async Task Run(SqliteCommand cmd, params string[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        await cmd.ExecuteNonQueryAsync();
    }
}
