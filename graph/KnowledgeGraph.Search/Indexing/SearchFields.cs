namespace KnowledgeGraph.Search.Indexing;

/// <summary>
/// The index schema. Two kinds of entries:
/// <list type="bullet">
/// <item><c>doc</c>: one per ingested document (văn bản), with its full text.</item>
/// <item><c>cite</c>: one per (citing document, cited document), from the citation's code, type, issuer,
///   subject and sentence, so a document that is only cited is found too. Entries of the same
///   <see cref="Key"/> are one search hit.</item>
/// </list>
/// Every entry carries <see cref="Owner"/> and <see cref="OwnerSource"/>, the key and file of the ingested
/// document it came from: replacing a document deletes its entries by owner and adds the new ones.
/// Codes are stored in the canonical form of <see cref="Codes.DocumentCode"/>.
/// </summary>
public static class SearchFields
{
    /// <summary>"doc" or "cite" (keyword, doc values).</summary>
    public const string Kind = "kind";
    public const string KindDocument = "doc";
    public const string KindCitation = "cite";

    /// <summary>The document's key (keyword, stored, doc values): hits are grouped by it.</summary>
    public const string Key = "key";
    public const string Owner = "owner";
    public const string OwnerSource = "owner_source";
    /// <summary>Source file name, doc entries only (stored).</summary>
    public const string Source = "source";

    /// <summary>Số hiệu as written (stored).</summary>
    public const string CodeDisplay = "code_display";
    /// <summary>Canonical code of the entry's document (keyword).</summary>
    public const string Code = "code";
    /// <summary>Number part of <see cref="Code"/> (keyword).</summary>
    public const string CodeNumber = "code_num";
    /// <summary>Canonical codes the document cites (keyword, many).</summary>
    public const string CitedCode = "cited_code";
    public const string CitedNumber = "cited_num";
    /// <summary>Keys the document cites (keyword, many): answers "cited by".</summary>
    public const string Cites = "cites";

    /// <summary>Loại văn bản, the DocType name (keyword, stored, doc values).</summary>
    public const string Type = "type";
    /// <summary>Cơ quan ban hành as written (stored, doc values) and folded for filtering (text).</summary>
    public const string Issuer = "issuer";
    public const string IssuerText = "issuer_text";
    /// <summary>Tỉnh / thành phố (stored, doc values) and folded for filtering (text).</summary>
    public const string Province = "province";
    public const string ProvinceText = "province_text";
    /// <summary>Year of issue from the date or the code (keyword, stored, doc values).</summary>
    public const string Year = "year";
    /// <summary>Task domains (lĩnh vực) of the document's tasks, as the ML classifier names them: one term each.</summary>
    public const string Domain = "domain";
    public const string Date = "date";

    /// <summary>Title (trích yếu): folded text, stored as written; and its exact twin.</summary>
    public const string Title = "title";
    public const string TitleExact = "title_exact";
    /// <summary>Full text: folded text, stored as written; and its exact twin.</summary>
    public const string Body = "body";
    public const string BodyExact = "body_exact";
    /// <summary>A citation's subject and sentence, in fields of their own (see <see cref="Citation"/>).</summary>
    public const string CiteTitle = "cite_title";
    public const string CiteTitleExact = "cite_title_exact";
    public const string CiteBody = "cite_body";
    public const string CiteBodyExact = "cite_body_exact";

    /// <summary>The text fields of document entries.</summary>
    public static readonly TextFieldSet Document = new(Title, TitleExact, Body, BodyExact, 1f);

    /// <summary>
    /// The text fields of citation entries, queried at a lower weight. Separate fields because BM25 normalises
    /// by the field's average length: thousands of one-sentence citation entries in the documents' fields
    /// would make every full text look very long and every citation very short, so cited laws and decrees
    /// mentioning a word would outrank the documents about it.
    /// </summary>
    public static readonly TextFieldSet Citation = new(CiteTitle, CiteTitleExact, CiteBody, CiteBodyExact, 0.3f);

    public static readonly TextFieldSet[] TextSets = [Document, Citation];

    public static TextFieldSet For(string? kind) => kind == KindCitation ? Citation : Document;

    public static IEnumerable<string> ExactFields => TextSets.SelectMany(t => new[] { t.TitleExact, t.BodyExact });
}

/// <summary>Title and body, each folded and exact, and the weight a query gives them.</summary>
public sealed record TextFieldSet(string Title, string TitleExact, string Body, string BodyExact, float Weight);
