using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// What the seed snapshots keep of a <see cref="DocumentRecord"/>: structure, keys, codes, dates, issuers, units,
/// values and spans, but no running text (sentences, evidence text, subjects, task text, headings), because the
/// documents themselves must not be copied into the repository. Spans still move when extraction changes.
/// </summary>
public static class SnapshotProjection
{
    public static object Of(DocumentRecord d) => new
    {
        d.Source,
        d.Key,
        d.Code,
        Type = d.Type.ToString(),
        d.Issuer,
        d.Date,
        d.Title,
        d.Signer,
        Recipients = d.Recipients.Count,
        Sections = d.Sections.Select(s => new { s.Label, s.Level, s.Start }),
        Citations = d.Citations.Select(c => new
        {
            c.Key, c.Code, Type = c.Type.ToString(), c.Date, c.Issuer, c.Province, c.ByTitle,
            SubjectLength = c.Subject?.Length, c.Spans,
        }),
        Relations = d.Relations.Select(r => new
        {
            r.From, r.To, Type = r.Type.ToString(), r.Confidence, r.DecidedBy, Evidence = new[] { r.Evidence.Start, r.Evidence.End },
        }),
        Tasks = d.Tasks.Select(t => new
        {
            t.Lead, t.Support, t.Section, t.Kind, t.Domain,
            Deadline = t.Deadline is null ? null : new { t.Deadline.Date, t.Deadline.Recurrence, t.Deadline.MonthDay, t.Deadline.RelativeDays },
            Evidence = new[] { t.Evidence.Start, t.Evidence.End },
        }),
        Targets = d.Targets.Select(t => new { t.Value, t.Unit, Evidence = new[] { t.Evidence.Start, t.Evidence.End } }),
        d.SameAs,
        d.ContentHash,
    };
}
