using System.Text;

namespace KnowledgeGraph.Graph.Query;

/// <summary>Paging cursor: the last key of a page, opaque to callers.</summary>
public static class DocumentCursor
{
    public static string Encode(string lastKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var b64 = cursor.Replace('-', '+').Replace('_', '/');
        b64 += new string('=', (4 - b64.Length % 4) % 4);
        try { return Encoding.UTF8.GetString(Convert.FromBase64String(b64)); }
        catch (FormatException) { throw new ArgumentException($"'{cursor}' is not a cursor returned by ListDocuments", nameof(cursor)); }
    }
}
