using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ingest.Rules;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>
/// Relations from the cue words before each citation (DOMAIN.md §4, Rules/relation-cues.json).
/// A citation is governed either by the document ("Thực hiện Quyết định số 806/QĐ-TTg" → this document
/// IMPLEMENTS it) or, when it sits in the subject of an earlier citation of the same clause, by that citation
/// ("Nghị quyết 98/NQ-CP ... thực hiện Chỉ thị 27-CT/TW" → 98/NQ-CP IMPLEMENTS 27-CT/TW). List items
/// ("..., Nghị quyết A; Nghị quyết B") share the governor of the item before them.
/// </summary>
public sealed partial class RelationExtractor
{
    public static RelationExtractor Default { get; } = new(RuleSet.Default);

    private readonly List<(CueRule Rule, Regex Rx)> _cues;
    private readonly Regex _passiveAmends;
    private readonly Regex _issues;

    public RelationExtractor(RuleSet rules)
    {
        _cues = rules.Cues.Select(c => (c, new Regex("(?:^|[^\\p{L}])(?:" + c.Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))).ToList();
        _passiveAmends = new Regex(rules.ThirdParty.PassiveAmends, RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _issues = new Regex(rules.ThirdParty.Issues, RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    /// <summary>The cue that ends <paramref name="before"/>, if any.</summary>
    public (RelationType Type, double Confidence)? CueAtEnd(string before)
    {
        var s = TrailingNoise().Replace(before, "");
        if (s.Length > 120) s = s[^120..];
        foreach (var (rule, rx) in _cues)
            if (rx.IsMatch(s)) return (rule.Type, rule.Confidence);
        return null;
    }

    private sealed record Governor(string From, RelationType Type, double Confidence, bool Own, int EvidenceStart);

    public (List<RelationRecord> Relations, List<CitationRecord> IssuedTitles) Extract(
        string text, string docKey, IReadOnlyList<CitationMention> mentions, string[] keys, int preambleEnd, DocType docType = DocType.Khac)
    {
        // Only normative documents amend, replace or repeal; in a plan those words describe other documents.
        var normative = docType is DocType.QuyetDinh or DocType.NghiDinh or DocType.ThongTu or DocType.Luat or DocType.NghiQuyet or DocType.QuyDinh or DocType.ChiThi;
        var own = new Dictionary<string, RelationRecord>(StringComparer.Ordinal);
        var third = new Dictionary<(string, string, RelationType), RelationRecord>();
        var issued = new Dictionary<string, CitationRecord>(StringComparer.Ordinal);
        Governor? lastOwn = null;   // governs ';'-separated lists within a sentence
        var prevIdx = -1;

        for (var k = 0; k < mentions.Count; k++)
        {
            var cur = mentions[k];
            if (keys[k] == docKey) continue;
            var clauseStart = ClauseStart(text, cur.Start, prevIdx >= 0 ? mentions[prevIdx].CodeEnd : 0, out var endedBySemicolon, out var sentenceBreak);
            if (sentenceBreak) lastOwn = null;
            // Same clause: the scan back from this mention reached the previous one without a clause break.
            var prev = prevIdx >= 0 && clauseStart <= mentions[prevIdx].CodeEnd ? mentions[prevIdx] : null;
            var prevKey = prev is null ? null : keys[prevIdx];
            Governor? gov = null;

            if (prev is not null && prev.TailEnd <= cur.Start)
            {
                var gap = text[prev.TailEnd..cur.Start];
                if (_passiveAmends.IsMatch(gap))
                {
                    // "X được sửa đổi, bổ sung bởi Y": Y amends X; but in "A (chương trình hành động) thực hiện X
                    // được sửa đổi ... tại Y" the programme A is what Y amends, not the document A implements.
                    var amended = third.Values.LastOrDefault(r => r.To == prevKey && r.Type == RelationType.IMPLEMENTS)?.From ?? prevKey!;
                    AddThird(third, text, keys[k], amended, RelationType.AMENDS, 0.8, prev.Start, cur.CodeEnd);
                    // "Căn cứ X được sửa đổi ... bởi Y": the document stands on X as amended, so on Y as well.
                    if (own.TryGetValue(amended, out var basis) && basis.Type is RelationType.BASED_ON or RelationType.IMPLEMENTS)
                    {
                        var also = Make(text, docKey, keys[k], basis.Type, basis.Confidence * 0.9, prev.Start, cur.CodeEnd);
                        if (!own.TryGetValue(keys[k], out var before) || Better(also, before)) own[keys[k]] = also;
                    }
                    prevIdx = k;
                    continue;
                }
                var cue = CueAtEnd(gap);
                var subjectStarted = prev.SubjectEnd > prev.TailEnd || gap.Trim().Length > 3;
                // "X ... sửa đổi A và thay thế B": the verb after "và" has X's subject, not A.
                if (cue is { } cc && subjectStarted && CoordinatedVerb().IsMatch(gap) && PreviousGovernor(prev, prevKey!, own, third) is { } pg)
                    gov = pg with { Type = cc.Type, Confidence = cc.Confidence * 0.9, EvidenceStart = Math.Min(pg.EvidenceStart, prev.Start) };
                else if (cue is { } c && subjectStarted && !IsListGap(gap))
                    gov = new Governor(prevKey!, c.Type, c.Confidence * 0.95, false, prev.Start);
                else if (IsListGap(gap) || EndsWithListSeparator(gap))
                    gov = PreviousGovernor(prev, prevKey!, own, third);
            }

            if (gov is null)
            {
                var before = text[clauseStart..cur.Start];
                if (CueAtEnd(before) is { } c)
                    gov = new Governor(docKey, c.Type, c.Confidence, true, clauseStart);
                else if (endedBySemicolon && lastOwn is not null && before.Trim().Length <= 12)
                    gov = lastOwn;
                else if (ClauseOpener().Match(before) is { Success: true } o && CueAtEnd(o.Value) is { } oc)
                    gov = new Governor(docKey, oc.Type, oc.Confidence * 0.8, true, clauseStart);
                else
                    gov = new Governor(docKey, RelationType.CITES, 0.5, true, cur.Start);
            }

            if (gov.Own && !normative && gov.Type is RelationType.AMENDS or RelationType.REPLACES or RelationType.REPEALS)
                gov = gov with { Type = RelationType.CITES, Confidence = 0.5 };
            // In the body, a law named in passing ("theo quy định của Luật Đầu tư công") is cited, not the plan's basis.
            if (gov.Own && cur.Code is null && cur.Start >= preambleEnd && gov.Type != RelationType.CITES)
                gov = gov with { Type = RelationType.CITES, Confidence = 0.5 };
            if (gov.Own)
            {
                lastOwn = gov;
                var conf = cur.Start < preambleEnd ? Math.Min(1, gov.Confidence + 0.05) : gov.Confidence * 0.85;
                var rel = Make(text, docKey, keys[k], gov.Type, conf, Math.Min(gov.EvidenceStart, cur.Start), cur.CodeEnd);
                if (!own.TryGetValue(keys[k], out var existing) || Better(rel, existing)) own[keys[k]] = rel;
            }
            else if (gov.From != keys[k])
            {
                AddThird(third, text, gov.From, keys[k], gov.Type, gov.Confidence, gov.EvidenceStart, cur.CodeEnd);
            }

            // "Quyết định số 806/QĐ-TTg ... ban hành Chiến lược quốc gia ...": the decision issues the strategy.
            if (cur.Code is not null && cur.SubjectEnd > cur.SubjectStart &&
                _issues.Match(text[cur.SubjectStart..cur.SubjectEnd].TrimStart(' ', ',')) is { Success: true } im)
            {
                var title = ClauseCut().Replace(im.Groups["what"].Value, "").Trim().TrimEnd(',', ' ');
                var tkey = DocumentKeys.ForTitle(title);
                // "ban hành Chương trình hành động ... thực hiện Chỉ thị X": the programme is named by what it implements,
                // not by a title of its own; that relation is the IMPLEMENTS edge, not an issued title.
                var followedByCitation = k + 1 < mentions.Count && mentions[k + 1].Code is not null && mentions[k + 1].Start <= cur.SubjectEnd + 2;
                if (followedByCitation) { prevIdx = k; continue; }
                if (!issued.ContainsKey(tkey))
                    issued[tkey] = new CitationRecord
                    {
                        Key = tkey, Code = null, Type = TitleType(title), Subject = title, ByTitle = true,
                        Date = cur.Date, Issuer = cur.Issuer,
                        Spans = [[cur.SubjectStart, cur.SubjectEnd]], Sentence = TextSpans.SentenceText(text, cur.Start, cur.CodeEnd),
                    };
                AddThird(third, text, keys[k], tkey, RelationType.ISSUES, 0.85, cur.Start, cur.SubjectEnd);
            }
            prevIdx = k;
        }
        return (own.Values.Concat(third.Values).ToList(), issued.Values.ToList());
    }

    private static Governor? PreviousGovernor(CitationMention prev, string prevKey, Dictionary<string, RelationRecord> own,
        Dictionary<(string, string, RelationType), RelationRecord> third)
    {
        foreach (var r in third.Values.Reverse())
            if (r.To == prevKey) return new Governor(r.From, r.Type, r.Confidence, false, prev.Start);
        if (own.TryGetValue(prevKey, out var o)) return new Governor(o.From, o.Type, o.Confidence, true, prev.Start);
        return null;
    }

    private static bool Better(RelationRecord a, RelationRecord b)
    {
        if ((a.Type == RelationType.CITES) != (b.Type == RelationType.CITES)) return b.Type == RelationType.CITES;
        return a.Confidence > b.Confidence + 1e-9;
    }

    private static void AddThird(Dictionary<(string, string, RelationType), RelationRecord> third, string text,
        string from, string to, RelationType type, double conf, int start, int end)
    {
        if (from == to) return;
        var key = (from, to, type);
        if (!third.ContainsKey(key)) third[key] = Make(text, from, to, type, conf, start, end);
    }

    private static RelationRecord Make(string text, string from, string to, RelationType type, double conf, int start, int end)
    {
        var (s, e) = TextSpans.SentenceAt(text, start, end);
        s = Math.Min(s, start);
        e = Math.Max(e, end);
        return new RelationRecord
        {
            From = from, To = to, Type = type, Confidence = Math.Round(conf, 3),
            Evidence = new Evidence(start, end, text[s..e]),
        };
    }

    private static DocType TitleType(string title) => TextFold.Fold(title) switch
    {
        var t when t.StartsWith("chuong trinh", StringComparison.Ordinal) => DocType.ChuongTrinh,
        var t when t.StartsWith("ke hoach", StringComparison.Ordinal) => DocType.KeHoach,
        var t when t.StartsWith("quy", StringComparison.Ordinal) => DocType.QuyDinh,
        var t when t.StartsWith("de an", StringComparison.Ordinal) => DocType.DeAn,
        _ => DocType.Khac,
    };

    /// <summary>Start of the clause holding <paramref name="pos"/> (not before <paramref name="floor"/>).</summary>
    private static int ClauseStart(string text, int pos, int floor, out bool bySemicolon, out bool sentenceBreak)
    {
        bySemicolon = false;
        sentenceBreak = false;
        var i = pos - 1;
        while (i >= floor)
        {
            if (text[i] == ';') { bySemicolon = true; break; }
            if (TextSpans.IsSentenceEnd(text, i)) { sentenceBreak = true; break; }
            i--;
        }
        return i + 1;
    }

    private static bool IsListGap(string gap) => ListGapRx().IsMatch(gap);

    private static bool EndsWithListSeparator(string gap) => ListEndRx().IsMatch(gap);

    [GeneratedRegex(@",\s+[\p{Lu}].*$")]
    private static partial Regex ClauseCut();

    /// <summary>A gap that opens with "và" / "đồng thời" before the cue: a second verb of the earlier subject.</summary>
    [GeneratedRegex(@"^[\s,]*(?:và|đồng thời)\s+(?!các\b|số\b)\p{Ll}")]
    private static partial Regex CoordinatedVerb();

    [GeneratedRegex(@"^[\s,;]*(?:và|cùng|,)?[\s,]*(?:các|số)?[\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListGapRx();

    [GeneratedRegex(@"(?:,|\bvà)\s*(?:các\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListEndRx();

    [GeneratedRegex(@"[\s,:;“”""(]+$|(?:\s(?:các|số|của))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoise();

    [GeneratedRegex(@"^\s*(?:[a-zđ]\)|\d+\.|-|\+)?\s*(?:Thực hiện|Căn cứ|Triển khai(?: thực hiện)?|Cụ thể hóa|Cụ thể hoá|Thi hành)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpener();
}
