using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>
/// Scores one <see cref="DocumentRecord"/> against its <see cref="TruthFile"/>. Relations are read through the
/// record's own keys: a relation's From/To are keys, mapped to codes (or titles) through
/// <see cref="DocumentRecord.Citations"/>; From equal to the document's own key makes it an own (preamble) relation.
/// CITES relations are mentions, already counted as citations, and are left out of the relation scores.
/// </summary>
public static class DocumentEvaluator
{
    /// <param name="sourcePath">The shared file, used only to quote the passage of a missed item.</param>
    public static DocumentScore Score(TruthFile truth, DocumentRecord doc, string? sourcePath = null)
    {
        var citations = ScoreCitations(truth, doc, sourcePath);
        var endpoints = new Endpoints(doc);
        var own = ScoreOwnRelations(truth, doc, endpoints, sourcePath);
        var third = ScoreThirdParty(truth, doc, endpoints, sourcePath);
        var leads = ScoreLeadUnits(truth, doc, sourcePath);
        var targets = ScoreTargets(truth, doc);
        var titles = ScoreTitleReferences(truth, doc);
        var laws = ScoreNamedLaws(truth, doc);
        var header = ScoreHeader(truth, doc);

        return citations with
        {
            Name = truth.Name,
            Source = truth.Source,
            OwnRelations = own.Counts,
            MissedOwnRelations = own.Missed,
            FalseOwnRelations = own.False,
            ThirdPartyRelations = third.Counts,
            MissedThirdParty = third.Missed,
            FalseThirdParty = third.False,
            LeadUnits = leads.Rate,
            MissedLeadUnits = leads.Missed,
            Deadlines = leads.Deadlines,
            WrongDeadlines = leads.WrongDeadlines,
            Targets = targets.Rate,
            MissedTargets = targets.Missed,
            TitleReferences = titles.Rate,
            MissedTitleReferences = titles.Missed,
            NamedLaws = laws.Rate,
            MissedNamedLaws = laws.Missed,
            Header = header.Rate,
            HeaderErrors = header.Errors,
        };
    }

    /// <summary>Coded citations: extracted records with a code that are not title-only references.</summary>
    public static IEnumerable<CitationRecord> Coded(DocumentRecord doc) =>
        doc.Citations.Where(c => !c.ByTitle && !string.IsNullOrWhiteSpace(c.Code));

    /// <summary>The record for a truth code: the one with the truth's date if several came out.</summary>
    public static CitationRecord? FindCitation(DocumentRecord doc, TruthCitation t)
    {
        var group = Coded(doc).Where(c => Matching.SameCode(c.Code, t.Code)).ToList();
        return group.FirstOrDefault(c => c.Date == t.Date) ?? group.FirstOrDefault();
    }

    public static bool IssuerOk(TruthCitation t, CitationRecord c) =>
        Matching.SameIssuer(t.Issuer, t.Province, t.IssuerAlso, c.Issuer, c.Province);

    private static DocumentScore ScoreCitations(TruthFile truth, DocumentRecord doc, string? path)
    {
        var extracted = Coded(doc).GroupBy(c => Matching.CanonCode(c.Code!)).ToDictionary(g => g.Key, g => g.ToList());
        var truthByCode = truth.Citations.GroupBy(c => Matching.CanonCode(c.Code)).ToDictionary(g => g.Key, g => g.First());
        int tp = 0, fn = 0, fp = 0;
        var dates = Rate.Zero; var issuers = Rate.Zero; var types = Rate.Zero;
        List<Finding> missed = [], falses = [], wrongDates = [], wrongIssuers = [], wrongTypes = [];

        foreach (var (canon, t) in truthByCode)
        {
            if (!extracted.ContainsKey(canon))
            {
                if (t.Required)
                {
                    fn++;
                    missed.Add(new Finding(t.Code, "not extracted", Passage(path, t.Code)));
                }
                continue;
            }
            var c = FindCitation(doc, t)!;
            if (t.Required) tp++;
            var dateOk = c.Date == t.Date;
            dates += new Rate(dateOk ? 1 : 0, 1);
            if (!dateOk) wrongDates.Add(new Finding(t.Code, $"date {Show(c.Date)}, truth {Show(t.Date)}", Passage(path, t.Code)));
            var issuerOk = IssuerOk(t, c);
            issuers += new Rate(issuerOk ? 1 : 0, 1);
            if (!issuerOk)
                wrongIssuers.Add(new Finding(t.Code,
                    $"issuer {Show(c.Issuer)} / province {Show(c.Province)}, truth {t.Issuer} / {Show(t.Province)}", Passage(path, t.Code)));
            var typeOk = c.Type.ToString() == t.Type;
            types += new Rate(typeOk ? 1 : 0, 1);
            if (!typeOk) wrongTypes.Add(new Finding(t.Code, $"type {c.Type}, truth {t.Type}"));
        }
        foreach (var (canon, group) in extracted)
        {
            if (truthByCode.ContainsKey(canon)) continue;
            fp++;
            var c = group[0];
            falses.Add(new Finding(c.Code!, $"not a citation in the truth (key {c.Key}, issuer {Show(c.Issuer)}, date {Show(c.Date)})",
                Passage(path, c.Code!) ?? (c.Sentence is null ? null : Trim(c.Sentence))));
        }
        return new DocumentScore
        {
            Name = truth.Name,
            Source = truth.Source,
            Citations = new Counts(tp, fn, fp),
            CitationDates = dates,
            CitationIssuers = issuers,
            CitationTypes = types,
            SplitCitations = extracted.Count(g => g.Value.Count > 1),
            MissedCitations = missed,
            FalseCitations = falses,
            WrongDates = wrongDates,
            WrongIssuers = wrongIssuers,
            WrongTypes = wrongTypes,
        };
    }

    /// <summary>What a relation key stands for: the document itself, a cited code, or a title node.</summary>
    public sealed record Endpoint(string Key, bool IsSelf, string? Code, string? Title)
    {
        public override string ToString() => IsSelf ? "(self)" : Code ?? (Title is null ? Key : $"\"{Title}\"");
    }

    public sealed class Endpoints(DocumentRecord doc)
    {
        private readonly Dictionary<string, CitationRecord> _byKey =
            doc.Citations.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First());

        public Endpoint Of(string key)
        {
            if (key == doc.Key) return new Endpoint(key, true, doc.Code, doc.Title);
            if (_byKey.TryGetValue(key, out var c))
                return new Endpoint(key, false, c.ByTitle ? null : c.Code, c.Subject ?? (c.ByTitle ? c.Code : null));
            return new Endpoint(key, false, null, key);
        }

        /// <summary>For title nodes that the known-titles rule resolved to a code (byTitle with a code).</summary>
        public string? ResolvedCode(string key) => _byKey.TryGetValue(key, out var c) && c.ByTitle ? c.Code : null;
    }

    /// <summary>Whether an extracted target endpoint is the truth relation's target.</summary>
    public static bool TargetMatches(TruthRelation t, Endpoint to, Endpoints endpoints)
    {
        if (to.IsSelf) return false;
        if (t.To is not null && t.To != t.From && (Matching.SameCode(t.To, to.Code) || Matching.SameCode(t.To, endpoints.ResolvedCode(to.Key))))
            return true;
        if (t.ToTitle is not null && to.Title is not null && Matching.SameTitle(t.ToTitle, to.Title)) return true;
        return t.ToTitle is not null && Matching.SameTitle(t.ToTitle, to.Key);
    }

    private static IEnumerable<RelationType> Acceptable(TruthRelation t)
    {
        if (!Enum.TryParse<RelationType>(t.Type, out var type))
            throw new InvalidDataException($"Relation {t.Describe()}: unknown type '{t.Type}'.");
        yield return type;
        foreach (var also in t.AlsoTypes)
            yield return Enum.TryParse<RelationType>(also, out var a) ? a
                : throw new InvalidDataException($"Relation {t.Describe()}: unknown type '{also}' in alsoTypes.");
        // Optional basis relations: IMPLEMENTS and BASED_ON are both readings of "theo / thực hiện X" in a body.
        if (!t.Required && type is RelationType.IMPLEMENTS or RelationType.BASED_ON)
            yield return type == RelationType.IMPLEMENTS ? RelationType.BASED_ON : RelationType.IMPLEMENTS;
    }

    private sealed record RelationScore(Counts Counts, List<Finding> Missed, List<Finding> False);

    private static RelationScore ScoreOwnRelations(TruthFile truth, DocumentRecord doc, Endpoints endpoints, string? path)
    {
        var extracted = doc.Relations
            .Where(r => r.Type != RelationType.CITES && r.From == doc.Key)
            .GroupBy(r => (r.To, r.Type)).Select(g => g.First()).ToList();
        // A basis relation to a law the text names ("Căn cứ Luật X", "theo quy định của Luật X") is acceptable
        // whenever the truth lists that law: the same rule as body-text "theo Nghị quyết X" (required: false).
        var lawBasis = truth.NamedLaws
            .SelectMany(l => new[] { "BASED_ON", "IMPLEMENTS" }.Select(type => new TruthRelation { ToTitle = l.Name, Type = type, Required = false }))
            .ToList();
        var isLawBasis = new HashSet<TruthRelation>(lawBasis, ReferenceEqualityComparer.Instance);
        return ScoreRelations(truth.PreambleRelations.Concat(lawBasis).ToList(), extracted, endpoints, path,
            (t, r) => isLawBasis.Contains(t)
                ? Matching.SameLawName(t.ToTitle!, endpoints.Of(r.To).Title) || Matching.SameLawName(t.ToTitle!, r.To)
                : TargetMatches(t, endpoints.Of(r.To), endpoints),
            r => $"(self) -{r.Type}-> {endpoints.Of(r.To)}",
            r => truth.ForbiddenOwnRelations.FirstOrDefault(f => TargetMatches(f, endpoints.Of(r.To), endpoints))?.Note);
    }

    private static RelationScore ScoreThirdParty(TruthFile truth, DocumentRecord doc, Endpoints endpoints, string? path)
    {
        var extracted = doc.Relations
            .Where(r => r.Type != RelationType.CITES && r.From != doc.Key)
            .GroupBy(r => (r.From, r.To, r.Type)).Select(g => g.First()).ToList();
        return ScoreRelations(truth.ThirdPartyRelations, extracted, endpoints, path,
            (t, r) =>
            {
                var from = endpoints.Of(r.From);
                return (Matching.SameCode(t.From, from.Code) || Matching.SameCode(t.From, endpoints.ResolvedCode(r.From)))
                       && TargetMatches(t, endpoints.Of(r.To), endpoints);
            },
            r => $"{endpoints.Of(r.From)} -{r.Type}-> {endpoints.Of(r.To)}",
            _ => null);
    }

    private static RelationScore ScoreRelations(
        List<TruthRelation> truth, List<RelationRecord> extracted, Endpoints endpoints, string? path,
        Func<TruthRelation, RelationRecord, bool> sameEnds, Func<RelationRecord, string> describe,
        Func<RelationRecord, string?> forbiddenNote)
    {
        var found = new HashSet<TruthRelation>(ReferenceEqualityComparer.Instance);
        int fp = 0;
        List<Finding> falses = [];
        foreach (var r in extracted)
        {
            var ends = truth.Where(t => sameEnds(t, r)).ToList();
            var exact = ends.FirstOrDefault(t => t.Required && Acceptable(t).Contains(r.Type));
            if (exact is not null) { found.Add(exact); continue; }
            if (ends.Any(t => !t.Required && Acceptable(t).Contains(r.Type))) continue;
            fp++;
            var why = ends.Count > 0
                ? $"wrong type: truth says {string.Join(" or ", ends.Select(t => t.Type).Distinct())}"
                : forbiddenNote(r) is { } note ? $"forbidden: {note}" : "not in the truth";
            falses.Add(new Finding(describe(r), why, Trim(r.Evidence.Text)));
        }
        var missed = truth.Where(t => t.Required && !found.Contains(t))
            .Select(t => new Finding(t.Describe(), "not extracted" + (t.Cue is null ? "" : $" (cue: {t.Cue})"),
                t.From is not null ? Passage(path, t.From) : t.To is not null ? Passage(path, t.To) : null))
            .ToList();
        return new RelationScore(new Counts(found.Count, missed.Count, fp), missed, falses);
    }

    private static (Rate Rate, List<Finding> Missed, Rate Deadlines, List<Finding> WrongDeadlines) ScoreLeadUnits(
        TruthFile truth, DocumentRecord doc, string? path)
    {
        var rate = Rate.Zero; var deadlines = Rate.Zero;
        List<Finding> missed = [], wrongDeadlines = [];
        foreach (var task in truth.Tasks.Where(t => t.Required))
        {
            foreach (var lead in task.Lead)
            {
                var matches = doc.Tasks.Where(x => x.Lead.Any(l => Matching.SameUnit(lead, l, truth.Province))).ToList();
                // The same unit may lead several tasks: judge the deadline on the one that has it right, if any.
                var match = task.Deadline is { } want
                    ? matches.FirstOrDefault(x => DeadlineOk(want, x.Deadline)) ?? matches.FirstOrDefault()
                    : matches.FirstOrDefault();
                rate += new Rate(match is null ? 0 : 1, 1);
                if (match is null)
                {
                    missed.Add(new Finding($"{task.Section}: {lead}", "lead unit not extracted", SourceText.PassageOfPhraseSafe(path, lead)));
                    continue;
                }
                if (task.Deadline is { } d)
                {
                    var ok = DeadlineOk(d, match.Deadline);
                    deadlines += new Rate(ok ? 1 : 0, 1);
                    if (!ok)
                        wrongDeadlines.Add(new Finding($"{task.Section}: {lead}",
                            $"deadline {Show(match.Deadline?.Text)} (date {Show(match.Deadline?.Date)}, monthDay {Show(match.Deadline?.MonthDay)}, days {Show(match.Deadline?.RelativeDays?.ToString())}), truth \"{d.Text}\""));
                }
            }
        }
        return (rate, missed, deadlines, wrongDeadlines);
    }

    public static bool DeadlineOk(TruthDeadline t, DeadlineRecord? x)
    {
        if (x is null) return false;
        if (t.Date is not null) return x.Date == t.Date;
        if (t.MonthDay is not null) return x.MonthDay == t.MonthDay;
        if (t.RelativeDays is not null) return x.RelativeDays == t.RelativeDays;
        return true;
    }

    private static (Rate Rate, List<Finding> Missed) ScoreTargets(TruthFile truth, DocumentRecord doc)
    {
        var unused = doc.Targets.ToList();
        var rate = Rate.Zero;
        List<Finding> missed = [];
        // Required targets first, so that an optional one does not take the extracted target a required one needs.
        foreach (var t in truth.Targets.OrderByDescending(t => t.Required))
        {
            var m = unused.FirstOrDefault(x => Math.Abs(x.Value - t.Value) < 1e-9 && Matching.SameTargetUnit(t.Unit, x.Unit));
            if (m is not null) unused.Remove(m);
            if (!t.Required) continue;
            rate += new Rate(m is null ? 0 : 1, 1);
            if (m is null) missed.Add(new Finding($"{t.Value} {t.Unit}", $"target not extracted: \"{t.Text}\""));
        }
        return (rate, missed);
    }

    private static (Rate Rate, List<Finding> Missed) ScoreTitleReferences(TruthFile truth, DocumentRecord doc)
    {
        var rate = Rate.Zero;
        List<Finding> missed = [];
        foreach (var t in truth.TitleReferences.Where(t => t.Required))
        {
            var ok = doc.Citations.Any(c => c.ByTitle &&
                (Matching.SameTitle(t.Title, c.Subject) || Matching.SameTitle(t.Title, c.Key)
                 || (t.ResolvesTo is not null && Matching.SameCode(t.ResolvesTo, c.Code))));
            rate += new Rate(ok ? 1 : 0, 1);
            if (!ok) missed.Add(new Finding(t.Title, $"title-only reference not extracted (resolves to {Show(t.ResolvesTo)})"));
        }
        return (rate, missed);
    }

    private static (Rate Rate, List<Finding> Missed) ScoreNamedLaws(TruthFile truth, DocumentRecord doc)
    {
        var rate = Rate.Zero;
        List<Finding> missed = [];
        foreach (var t in truth.NamedLaws.Where(t => t.Required))
        {
            var ok = doc.Citations.Any(c => (c.ByTitle || c.Code is null) &&
                (Matching.SameLawName(t.Name, c.Subject) || Matching.SameLawName(t.Name, c.Key)));
            rate += new Rate(ok ? 1 : 0, 1);
            if (!ok) missed.Add(new Finding(t.Name, "named law not extracted"));
        }
        return (rate, missed);
    }

    /// <summary>Header fields: type, own code, issuer, date, title, signer.</summary>
    public static IEnumerable<(string Field, bool Ok, string Expected, string Actual)> HeaderChecks(TruthFile truth, DocumentRecord doc)
    {
        var d = truth.Document;
        yield return ("type", doc.Type.ToString() == d.Type, d.Type, doc.Type.ToString());
        yield return ("code", d.Code is null ? doc.Code is null : Matching.SameCode(d.Code, doc.Code), Show(d.Code), Show(doc.Code));
        if (d.Issuer is { } i)
            yield return ("issuer",
                Matching.SameIssuer(i.Name, i.Province, i.Also, doc.Issuer?.Name, doc.Issuer?.Province),
                $"{i.Name} / {Show(i.Province)}", $"{Show(doc.Issuer?.Name)} / {Show(doc.Issuer?.Province)}");
        yield return ("date", doc.Date == d.Date, Show(d.Date), Show(doc.Date));
        if (d.Title is not null)
            yield return ("title", Matching.SameTitle(d.Title, doc.Title), d.Title, Show(doc.Title));
        yield return ("signer", Matching.Fold(d.Signer) == Matching.Fold(doc.Signer), Show(d.Signer), Show(doc.Signer));
    }

    private static (Rate Rate, List<Finding> Errors) ScoreHeader(TruthFile truth, DocumentRecord doc)
    {
        var rate = Rate.Zero;
        List<Finding> errors = [];
        foreach (var (field, ok, expected, actual) in HeaderChecks(truth, doc))
        {
            rate += new Rate(ok ? 1 : 0, 1);
            if (!ok) errors.Add(new Finding(field, $"{actual}, truth {expected}"));
        }
        return (rate, errors);
    }

    private static string? Passage(string? path, string code) => path is null ? null : SourceText.Passage(path, code);

    private static string Show(string? s) => s is null ? "null" : $"\"{s}\"";

    private static string Trim(string s) => s.Length <= 260 ? s : s[..257] + "…";
}
