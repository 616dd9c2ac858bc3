using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>
/// Writes statement parameters as JSON without reflection: the values the store sends are strings, numbers,
/// booleans, null, maps and lists of those. Bulk loads send tens of megabytes, so this is worth the few lines.
/// </summary>
public static class CypherJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Request(IReadOnlyList<CypherStatement> statements)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("statement", s.Text);
                w.WritePropertyName("parameters");
                WriteValue(w, s.Parameters);
                w.WriteStartArray("resultDataContents");
                w.WriteStringValue("row");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d:
                if (!double.IsFinite(d)) throw new ArgumentException($"{d} cannot be sent to Neo4j");
                w.WriteNumberValue(d);
                break;
            case IDictionary<string, object> map:
                w.WriteStartObject();
                foreach (var (k, v) in map) { w.WritePropertyName(k); WriteValue(w, v); }
                w.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map) { w.WritePropertyName(k); WriteValue(w, v); }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: throw new ArgumentException($"cannot send a {value.GetType().Name} to Neo4j as a parameter");
        }
    }
}
