using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>Runs the extractors over normalised text and assembles the record:
/// header → citations → keys → relations → sections → tasks → targets.</summary>
public static class DocumentExtractor
{
    public static DocumentRecord Extract(string text, string source)
    {
        var header = HeaderExtractor.Extract(text);
        var province = header.Issuer?.Province;
        var mentions = CitationExtractor.Extract(text, province);

        // The document's own number is not a citation of another document.
        if (header.Code is { } own)
            mentions.RemoveAll(m => m.CodeStart == own.Start);

        var local = header.Code is { } c && IsLocal(c);
        var key = header.Code is { } code
            ? DocumentKeys.ForCode(code.Canonical, code.Year is not null, header.Date, province, local)
            : DocumentKeys.ForUnnumbered(header.Type, header.Issuer, header.Date, header.Title, text);

        var (citations, keys) = CitationResolver.Resolve(text, mentions);
        // A citation of the document itself ("Kế hoạch số 148/KH-UBND này") is not an edge.
        citations.RemoveAll(ci => ci.Key == key);
        var (relations, issuedTitles) = RelationExtractor.Default.Extract(text, key, mentions, keys, header.PreambleEnd, header.Type);
        citations.AddRange(issuedTitles.Where(t => citations.TrueForAll(ci => ci.Key != t.Key)));

        var sections = SectionExtractor.Extract(text);
        var tasks = TaskExtractor.Extract(text, sections);
        var targets = TargetExtractor.Extract(text);

        return new DocumentRecord
        {
            Source = source,
            Key = key,
            Code = header.Code?.Canonical,
            Type = header.Type,
            Issuer = header.Issuer,
            Date = header.Date,
            Title = header.Title,
            Signer = header.Signer,
            Recipients = header.Recipients,
            Sections = sections,
            Citations = citations,
            Relations = relations,
            Tasks = tasks,
            Targets = targets,
        };
    }

    private static bool IsLocal(CodeMatch code)
    {
        var rule = Rules.RuleSet.Default.Issuers.FirstOrDefault(r => r.Canonical == code.IssuerBase || r.Abbr == code.IssuerBase);
        return rule?.Local ?? true;
    }
}
