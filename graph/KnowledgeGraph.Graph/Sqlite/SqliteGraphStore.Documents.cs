using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Graph.Sqlite;

/// <summary>Listing and counting documents with every filter of <see cref="DocumentFilter"/> applied in SQL.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The filter as a WHERE clause over nodes. The word filters call kg_fold (<see cref="TextFold.Ascii"/>, registered
    /// on the connection): every word must occur in the folded issuer, or in the folded code or title.
    /// </summary>
    private const string DocumentFilterSql = """
        label = 'Document'
          AND ($t IS NULL OR doc_type = $t) AND ($p IS NULL OR province_key = $p)
          AND ($y IS NULL OR year = $y) AND ($yf IS NULL OR year >= $yf) AND ($yt IS NULL OR year <= $yt)
          AND ($i IS NULL OR ingested = $i)
          AND NOT EXISTS (SELECT 1 FROM json_each($issuer) w
                          WHERE coalesce(instr(kg_fold(json_extract(props, '$.issuer')), w.value), 0) = 0)
          AND NOT EXISTS (SELECT 1 FROM json_each($text) w
                          WHERE coalesce(instr(kg_fold(json_extract(props, '$.code')), w.value), 0) = 0
                            AND coalesce(instr(kg_fold(json_extract(props, '$.title')), w.value), 0) = 0)
        """;

    public override async Task<DocumentPage> ListDocumentsAsync(DocumentFilter filter, string? cursor = null, int limit = 50, CancellationToken ct = default)
    {
        var size = PageSize(limit);
        var after = DocumentCursor.Decode(cursor);
        var rows = new List<DocumentNode>();
        await using (var c = await OpenFilteringAsync(ct))
        await using (var cmd = Command(c, $"SELECT props FROM nodes WHERE {DocumentFilterSql} AND ($after IS NULL OR key > $after) ORDER BY key LIMIT $n",
                         [.. FilterParameters(filter), ("$after", after), ("$n", size + 1)]))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) rows.Add(DocumentNode.From(Parse(r.GetString(0))));
        var items = rows.Take(size).ToList();
        return new DocumentPage(items, rows.Count > size ? DocumentCursor.Encode(items[^1].Key) : null);
    }

    public override async Task<long> CountDocumentsAsync(DocumentFilter filter, CancellationToken ct = default)
    {
        await using var c = await OpenFilteringAsync(ct);
        await using var cmd = Command(c, $"SELECT count(*) FROM nodes WHERE {DocumentFilterSql}", [.. FilterParameters(filter)]);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static (string, object?)[] FilterParameters(DocumentFilter f) =>
    [
        ("$t", f.Type), ("$p", LookupKeys.Province(f.Province)), ("$y", f.Year), ("$yf", f.YearFrom), ("$yt", f.YearTo),
        ("$i", f.Ingested is { } b ? (b ? 1 : 0) : null),
        ("$issuer", Json(FilterWords.Of(f.Issuer))), ("$text", Json(FilterWords.Of(f.Text))),
    ];

    /// <summary>A connection with kg_fold, the folding of the word filters.</summary>
    private async Task<SqliteConnection> OpenFilteringAsync(CancellationToken ct)
    {
        var c = await OpenAsync(ct);
        c.CreateFunction<string?, string?>("kg_fold", s => s is null ? null : TextFold.Ascii(s), isDeterministic: true);
        return c;
    }
}
