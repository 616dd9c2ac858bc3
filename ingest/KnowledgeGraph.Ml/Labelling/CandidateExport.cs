using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml.Relations;

namespace KnowledgeGraph.Ml.Labelling;

/// <summary>
/// Makes unlabelled candidate rows from real documents: every relation the rules find (own and third-party), every
/// task, and pairs (unnumbered document, cited document) for matching. A person then reads and labels each row; the
/// rules' answer is kept in its own field so that it can be hidden while labelling (Data/README.md).
/// </summary>
public static class CandidateExport
{
    public static readonly JsonSerializerOptions Jsonl = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <param name="shared">The shared folder (seeds/ and corpus/); document ids are paths relative to it.</param>
    public static (List<RelationRow> Relations, List<TaskRow> Tasks, List<MatchRow> Pairs) Run(string shared)
    {
        var pipeline = new ExtractionPipeline();
        var errors = new List<ExtractionError>();
        var files = pipeline.ExpandPaths([Path.Combine(shared, "seeds"), Path.Combine(shared, "corpus")], errors).ToList();
        var docs = new List<(string Id, DocumentRecord Doc)>();
        foreach (var f in files)
        {
            try { docs.Add((Path.GetRelativePath(shared, f).Replace('\\', '/'), pipeline.ExtractFile(f))); }
            catch (Ingest.Decoding.DecodeException) { /* undecodable files have no rows */ }
        }
        var rels = new List<RelationRow>();
        var tasks = new List<TaskRow>();
        foreach (var (id, d) in docs)
        {
            var n = 0;
            foreach (var r in d.Relations)
            {
                var c = RelationContext.Build(d, r);
                rels.Add(new RelationRow
                {
                    Id = $"{id}#r{n++}", Doc = id, From = r.From, To = r.To, Context = c.Context, Left = c.Left,
                    ThirdParty = c.ThirdParty, RuleType = c.RuleType, RuleConfidence = c.RuleConfidence,
                    CitingType = c.CitingType, CitedType = c.CitedType, Position = c.Position,
                });
            }
            n = 0;
            foreach (var t in d.Tasks)
                tasks.Add(new TaskRow { Id = $"{id}#t{n++}", Doc = id, Text = TaskText(t), Section = t.Section });
            // Duty items ("- Rà soát, ...") that name no unit are tasks too, for the domain classifier.
            n = 0;
            foreach (var item in DutyItems(d))
                tasks.Add(new TaskRow { Id = $"{id}#i{n++}", Doc = id, Text = item, Section = "item" });
        }
        return (rels, tasks, Pairs(docs));
    }

    private static IEnumerable<string> DutyItems(DocumentRecord d)
    {
        var taken = d.Tasks.Select(t => t.Evidence.Start).ToHashSet();
        var at = 0;
        foreach (var line in d.Text.Split('\n'))
        {
            var start = at;
            at += line.Length + 1;
            var l = line.Trim();
            if (taken.Contains(start) || l.Length is < 60 or > 800) continue;
            if (l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("+ ", StringComparison.Ordinal) ||
                System.Text.RegularExpressions.Regex.IsMatch(l, @"^[a-zđ]\) "))
                yield return l;
        }
    }

    public static string TaskText(TaskRecord t) => t.Text.Length <= 800 ? t.Text : t.Text[..800];

    private static List<MatchRow> Pairs(List<(string Id, DocumentRecord Doc)> docs)
    {
        var cited = docs.SelectMany(x => x.Doc.Citations.Where(c => c.Code is not null && !c.ByTitle).Select(c => (x.Id, Cit: c)))
            .GroupBy(x => x.Cit.Key).Select(g => g.First()).ToList();
        var rows = new List<MatchRow>();
        foreach (var (id, d) in docs.Where(x => x.Doc.Code is null && x.Doc.Title is not null))
        {
            var own = d.Citations.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var candidates = cited.Where(c => !own.Contains(c.Cit.Key) && c.Cit.Type == d.Type)
                .Select(c => (c, Words: SameAsMatcher.Containment(d.Title!, c.Cit.Subject ?? "")))
                .Where(x => x.Words >= 0.2)
                .OrderByDescending(x => x.Words).Take(6);
            foreach (var (c, _) in candidates)
                rows.Add(MatchRow.From(id, d, c.Id, c.Cit));
        }
        // Numbered documents with their number hidden: the pairs whose cited code is theirs are matches by identity.
        foreach (var (id, d) in docs.Where(x => x.Doc.Code is not null && x.Doc.Title is not null))
        {
            var own = d.Citations.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var candidates = cited.Where(c => c.Id != id && !own.Contains(c.Cit.Key) && c.Cit.Type == d.Type)
                .Select(c => (c, Words: SameAsMatcher.Containment(d.Title!, c.Cit.Subject ?? ""), Same: c.Cit.Key == d.Key))
                .Where(x => x.Words >= 0.3 || x.Same)
                .OrderByDescending(x => x.Same).ThenByDescending(x => x.Words).Take(6);
            foreach (var (c, _, same) in candidates)
                rows.Add(MatchRow.From(id, d with { Code = null }, c.Id, c.Cit) with { Masked = true, MaskedCode = d.Key });
        }
        return rows;
    }
}
