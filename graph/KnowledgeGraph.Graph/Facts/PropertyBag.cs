using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Graph.Facts;

/// <summary>
/// Properties of one node or edge, sorted by name. Values are string, long, double, bool or string[];
/// nulls are not stored (Neo4j cannot hold them), so setting null removes the property.
/// </summary>
public sealed class PropertyBag : SortedDictionary<string, object>
{
    public PropertyBag() : base(StringComparer.Ordinal) { }

    public PropertyBag(IEnumerable<KeyValuePair<string, object>> items) : this()
    {
        foreach (var (k, v) in items) this[k] = v;
    }

    public PropertyBag Set(string name, object? value)
    {
        switch (value)
        {
            case null: Remove(name); break;
            case string s: this[name] = s; break;
            case int i: this[name] = (long)i; break;
            case long or double or bool: this[name] = value; break;
            case IEnumerable<string> list:
                var arr = list.ToArray();
                if (arr.Length == 0) Remove(name); else this[name] = arr;
                break;
            default: throw new ArgumentException($"property {name}: unsupported value type {value.GetType().Name}");
        }
        return this;
    }

    public string? GetString(string name) => TryGetValue(name, out var v) ? v as string : null;

    public long? GetLong(string name) => TryGetValue(name, out var v) ? v switch
    {
        long l => l,
        double d => (long)d,
        _ => null,
    } : null;

    public int? GetInt(string name) => GetLong(name) is { } l ? (int)l : null;

    public double? GetDouble(string name) => TryGetValue(name, out var v) ? v switch
    {
        long l => l,
        double d => d,
        _ => null,
    } : null;

    public bool? GetBool(string name) => TryGetValue(name, out var v) && v is bool b ? b : null;

    public IReadOnlyList<string> GetStrings(string name) => TryGetValue(name, out var v) && v is string[] a ? a : [];

    public PropertyBag Without(IReadOnlySet<string> names) => new(this.Where(p => !names.Contains(p.Key)));

    /// <summary>Reads a JSON object as returned by either store (numbers become long when integral in the text).</summary>
    public static PropertyBag FromJson(JsonElement obj)
    {
        var bag = new PropertyBag();
        if (obj.ValueKind != JsonValueKind.Object) return bag;
        foreach (var p in obj.EnumerateObject()) bag.Set(p.Name, FromJsonValue(p.Value));
        return bag;
    }

    public static object? FromJsonValue(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.TryGetInt64(out var l) ? l : v.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray(),
        _ => null,
    };

    public string ToJson() => JsonSerializer.Serialize<IDictionary<string, object>>(this, JsonOptions);

    /// <summary>
    /// One canonical line per bag for checksums: numbers as doubles in round-trip form, so 1 and 1.0 agree
    /// (Neo4j returns 1.0 where SQLite's JSON says 1).
    /// </summary>
    public string Canonical()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            foreach (var (k, v) in this)
            {
                w.WritePropertyName(k);
                switch (v)
                {
                    case string s: w.WriteStringValue(s); break;
                    case long l: w.WriteStringValue(((double)l).ToString("R", CultureInfo.InvariantCulture)); break;
                    case double d: w.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
                    case bool b: w.WriteBooleanValue(b); break;
                    case string[] a:
                        w.WriteStartArray();
                        foreach (var s in a) w.WriteStringValue(s);
                        w.WriteEndArray();
                        break;
                }
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
