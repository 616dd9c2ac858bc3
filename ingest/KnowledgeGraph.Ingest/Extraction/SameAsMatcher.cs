using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>
/// Links a document without its own number to the cited document it most likely is (DOMAIN.md §2):
/// same issuer and province, same type, a compatible year, and a title that the citation's subject repeats.
/// Runs over a batch, since the evidence sits in other documents.
/// </summary>
public static class SameAsMatcher
{
    public const double Threshold = 0.7;

    public static IReadOnlyList<DocumentRecord> Link(IReadOnlyList<DocumentRecord> docs)
    {
        var cited = docs.SelectMany(d => d.Citations.Where(c => c.Code is not null && !c.ByTitle).Select(c => (Doc: d, Cit: c)))
            .GroupBy(x => x.Cit.Key).Select(g => g.First().Cit).ToList();
        var result = new List<DocumentRecord>(docs.Count);
        foreach (var d in docs)
        {
            if (d.Code is not null || d.Title is null) { result.Add(d); continue; }
            // A document is not the one it cites itself (a plan for 2026 citing the 2026-2030 plan).
            var own = d.Citations.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var candidates = cited
                .Where(c => !own.Contains(c.Key))
                .Select(c => (c, Score: Score(d, c)))
                .Where(x => x.Score >= Threshold)
                .OrderByDescending(x => x.Score)
                .Take(3)
                .Select(x => new SameAsRecord(x.c.Key, x.c.Code, Math.Round(x.Score, 3), Reason(d, x.c)))
                .ToList();
            result.Add(candidates.Count == 0 ? d : d with { SameAs = candidates });
        }
        return result;
    }

    public static double Score(DocumentRecord doc, CitationRecord cit)
    {
        if (cit.Type != doc.Type) return 0;
        var sameProvince = doc.Issuer?.Province is { } p && cit.Province == p;
        if (doc.Issuer?.Province is not null && cit.Province is not null && !sameProvince) return 0;
        var issuer = IssuerSimilarity(doc.Issuer?.Name, cit.Issuer);
        if (doc.Date is { } dd && cit.Date is { } cd && string.CompareOrdinal(cd, dd) > 0) return 0; // cited before it existed
        var subject = Containment(doc.Title!, cit.Subject ?? "");
        return 0.15 + 0.25 * issuer + (sameProvince ? 0.1 : 0) + 0.5 * subject;
    }

    private static string Reason(DocumentRecord d, CitationRecord c) =>
        $"type {d.Type}, issuer '{d.Issuer?.Name}' ~ '{c.Issuer}', title ~ subject '{Trim(c.Subject)}'";

    private static string Trim(string? s) => s is null ? "" : s.Length > 80 ? s[..80] + "…" : s;

    private static double IssuerSimilarity(string? a, string? b)
    {
        if (a is null || b is null) return 0.5;
        var fa = TextFold.Fold(a).Replace("uy ban nhan dan", "ubnd");
        var fb = TextFold.Fold(b).Replace("uy ban nhan dan", "ubnd");
        return fa == fb || fa.StartsWith(fb, StringComparison.Ordinal) || fb.StartsWith(fa, StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>Share of the title's words that the subject repeats (diacritics ignored).</summary>
    public static double Containment(string title, string subject)
    {
        var t = Words(title);
        if (t.Count == 0) return 0;
        var s = Words(subject);
        return t.Count(s.Contains) / (double)t.Count;
    }

    private static HashSet<string> Words(string s) =>
        TextFold.Fold(s).Split([' ', ',', ';', '.', '(', ')', '-', '“', '”', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w is not ("ve" or "thuc" or "hien" or "ke" or "hoach" or "cua" or "va"))
            .ToHashSet(StringComparer.Ordinal);
}
