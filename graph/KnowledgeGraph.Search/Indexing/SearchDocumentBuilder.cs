using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search.Codes;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = KnowledgeGraph.Search.Indexing.SearchFields;

namespace KnowledgeGraph.Search.Indexing;

/// <summary>Maps one extracted document to its index entries: itself and one per citation.</summary>
public static partial class SearchDocumentBuilder
{
    public static IEnumerable<Document> Build(DocumentRecord record)
    {
        var doc = Common(F.KindDocument, record, record.Key, record.Code, record.Type,
            record.Issuer?.Name, record.Issuer?.Province, record.Date, record.Title, record.Text);
        doc.Add(new StringField(F.Source, record.Source, Field.Store.YES));
        foreach (var domain in record.Tasks.Select(t => t.Domain).OfType<string>().Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(F.Domain, domain, Field.Store.NO));
        foreach (var c in record.Citations)
        {
            doc.Add(new StringField(F.Cites, c.Key, Field.Store.NO));
            if (string.IsNullOrWhiteSpace(c.Code)) continue;
            doc.Add(new StringField(F.CitedCode, DocumentCode.Canonical(c.Code), Field.Store.NO));
            if (DocumentCode.Number(c.Code) is { } n) doc.Add(new StringField(F.CitedNumber, n, Field.Store.NO));
        }
        yield return doc;

        foreach (var c in record.Citations)
        {
            // The citing document's province scopes a local citation that names none (DOMAIN.md §2).
            var province = c.Province ?? (IsLocal(c.Issuer) ? record.Issuer?.Province : null);
            yield return Common(F.KindCitation, record, c.Key, c.Code, c.Type, c.Issuer, province, c.Date,
                c.Subject, c.Sentence ?? c.Subject ?? c.Code ?? "");
        }
    }

    private static Document Common(string kind, DocumentRecord owner, string key, string? code, DocType type,
        string? issuer, string? province, string? date, string? title, string body)
    {
        var d = new Document
        {
            new StringField(F.Kind, kind, Field.Store.YES),
            new SortedDocValuesField(F.Kind, new BytesRef(kind)),
            new StringField(F.Key, key, Field.Store.YES),
            new SortedDocValuesField(F.Key, new BytesRef(key)),
            new StringField(F.Owner, owner.Key, Field.Store.YES),
            new StringField(F.OwnerSource, owner.Source, Field.Store.YES),
            new StringField(F.Type, type.ToString(), Field.Store.YES),
            new SortedDocValuesField(F.Type, new BytesRef(type.ToString())),
        };
        var text = F.For(kind);
        d.Add(new TextField(text.Body, body, Field.Store.YES));
        d.Add(new TextField(text.BodyExact, body, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(code))
        {
            d.Add(new StoredField(F.CodeDisplay, code));
            d.Add(new StringField(F.Code, DocumentCode.Canonical(code), Field.Store.NO));
            if (DocumentCode.Number(code) is { } n) d.Add(new StringField(F.CodeNumber, n, Field.Store.NO));
        }
        if (!string.IsNullOrWhiteSpace(title))
        {
            d.Add(new TextField(text.Title, title, Field.Store.YES));
            d.Add(new TextField(text.TitleExact, title, Field.Store.NO));
        }
        AddFacet(d, F.Issuer, F.IssuerText, issuer);
        AddFacet(d, F.Province, F.ProvinceText, province);
        if (!string.IsNullOrWhiteSpace(date)) d.Add(new StoredField(F.Date, date));
        if (YearOf(date, code) is { } year)
        {
            d.Add(new StringField(F.Year, year, Field.Store.YES));
            d.Add(new SortedDocValuesField(F.Year, new BytesRef(year)));
        }
        return d;
    }

    private static void AddFacet(Document d, string field, string textField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var v = value.Trim();
        d.Add(new StringField(field, v, Field.Store.YES));
        d.Add(new SortedDocValuesField(field, new BytesRef(v)));
        d.Add(new TextField(textField, v, Field.Store.NO));
    }

    /// <summary>The year of issue: from the date (any format holding a 4-digit year), else from an N/YYYY/... code.</summary>
    public static string? YearOf(string? date, string? code)
    {
        if (date is not null && YearInDate().Match(date) is { Success: true } m) return m.Value;
        if (code is not null && YearInCode().Match(code) is { Success: true } c) return c.Groups[1].Value;
        return null;
    }

    private static bool IsLocal(string? issuer) =>
        issuer is not null && LocalIssuer().IsMatch(issuer);

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearInDate();

    [GeneratedRegex(@"^\s*\d+\s*/\s*((?:19|20)\d{2})\s*/")]
    private static partial Regex YearInCode();

    [GeneratedRegex(@"\b(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Sở)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalIssuer();
}
