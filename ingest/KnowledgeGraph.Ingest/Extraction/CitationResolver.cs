using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>
/// Maps citation mentions to canonical keys and merges the mentions of one document into one record.
/// A mention without a date borrows the year of another mention of the same code in the same text
/// when there is exactly one ("Chỉ thị 27-CT/TW" after "Chỉ thị số 27-CT/TW ngày 25/12/2023").
/// </summary>
public static class CitationResolver
{
    public static (List<CitationRecord> Records, string[] KeyOfMention) Resolve(string text, IReadOnlyList<CitationMention> mentions)
    {
        var yearsByCode = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Code is { Year: null } c && m.Date is { } d)
                (yearsByCode.TryGetValue(ScopeOf(m), out var set) ? set : yearsByCode[ScopeOf(m)] = []).Add(d[..4]);

        var keys = new string[mentions.Count];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            string key;
            if (m.Code is { } code)
            {
                var date = m.Date;
                if (date is null && code.Year is null && yearsByCode.TryGetValue(ScopeOf(m), out var ys) && ys.Count == 1)
                    date = ys.First() + "-00-00";
                key = DocumentKeys.ForCode(code.Canonical, code.Year is not null, date, m.Province, m.Local);
            }
            else if (m.KnownCode is { } kc)
                key = DocumentKeys.ForCode(kc, kc.Count(ch => ch == '/') >= 2, m.Date, null, false);
            else
                key = m.TitleKey!;
            keys[i] = key;
            (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(i);
        }

        var records = new List<CitationRecord>(byKey.Count);
        foreach (var (key, idx) in byKey.OrderBy(kv => kv.Value[0]))
        {
            var ms = idx.Select(i => mentions[i]).ToList();
            var first = ms[0];
            var coded = ms.FirstOrDefault(x => x.Code is not null);
            records.Add(new CitationRecord
            {
                Key = key,
                Code = coded?.Code?.Canonical ?? first.KnownCode,
                Type = ms.FirstOrDefault(x => x.TypeFromWord)?.Type ?? first.Type,
                Date = ms.Select(x => x.Date).FirstOrDefault(x => x is not null),
                Issuer = ms.Select(x => x.Issuer).FirstOrDefault(x => x is not null),
                Province = ms.Select(x => x.Province).FirstOrDefault(x => x is not null),
                Subject = ms.Select(x => x.Subject).Where(x => x is not null).OrderByDescending(x => x!.Length).FirstOrDefault(),
                ByTitle = ms.All(x => x.ByTitle),
                Spans = ms.Select(x => new[] { x.Start, Math.Max(x.TailEnd, x.CodeEnd) }).ToList(),
                Sentence = TextSpans.SentenceText(text, first.Start, first.CodeEnd),
            });
        }
        return (records, keys);
    }

    private static string ScopeOf(CitationMention m) => m.Code!.Canonical + "|" + (m.Local ? m.Province : "");
}
