using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>
/// Canonical document keys (DOMAIN.md §2). A code without a year is scoped by the year of its date
/// ("98/NQ-CP@2024"); a local code by its province ("148/KH-UBND@2025@lang-son"); a code with its own year
/// needs no year scope ("60/2021/NĐ-CP"). Documents without a number get a key from issuer, type, year and title.
/// </summary>
public static class DocumentKeys
{
    public static string ForCode(string canonicalCode, bool codeHasYear, string? dateIso, string? province, bool local)
    {
        var sb = new StringBuilder(canonicalCode);
        if (!codeHasYear && dateIso is { Length: >= 4 }) sb.Append('@').Append(dateIso[..4]);
        if (local && province is not null) sb.Append('@').Append(TextFold.Slug(province));
        return sb.ToString();
    }

    /// <summary>Without a title the text itself identifies the document (two untitled texts must not share a key).</summary>
    public static string ForUnnumbered(DocType type, IssuerRef? issuer, string? dateIso, string? title, string text = "")
    {
        var issuerPart = TextFold.Slug((issuer?.Name ?? "unknown") + " " + (issuer?.Province ?? ""));
        var year = dateIso is { Length: >= 4 } ? dateIso[..4] : "undated";
        var titleHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title is null ? "text:" + text[..Math.Min(text.Length, 4000)] : TextFold.Slug(title))))[..10];
        return $"doc:{issuerPart}:{type}:{year}:{titleHash}";
    }

    public static string ForLaw(string name) => "law:" + TextFold.Slug(name);

    public static string ForTitle(string title) => "title:" + TextFold.Slug(title);
}
