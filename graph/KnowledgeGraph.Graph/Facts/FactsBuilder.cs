using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Graph.Facts;

/// <summary>
/// The resolve step between extraction and storage: turns one <see cref="DocumentRecord"/> into the facts both
/// stores write, so the two stores cannot disagree on what a document means. Validates first and throws
/// <see cref="GraphInputException"/> before anything is written.
/// </summary>
public static class FactsBuilder
{
    public const string CitationDecider = "citation";

    public static DocumentFacts Build(DocumentRecord doc)
    {
        Validate(doc);
        var key = doc.Key.Trim();
        var province = doc.Issuer?.Province;
        var docNode = new NodeFact(NodeLabel.Document, key, DocumentProps(doc, key));

        var edges = new Dictionary<(string Type, string From, string To), EdgeFact>();
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        var units = new SortedDictionary<string, NodeFact>(StringComparer.Ordinal);
        var persons = new SortedDictionary<string, NodeFact>(StringComparer.Ordinal);

        void AddDocumentEdge(string type, string from, string to, PropertyBag props)
        {
            from = from.Trim(); to = to.Trim();
            if (from == to) return; // a document citing itself says nothing about the graph
            if (from != key) referenced.Add(from);
            if (to != key) referenced.Add(to);
            props.Set(Prop.Source, key);
            var id = (type, from, to);
            if (edges.TryGetValue(id, out var existing))
            {
                // Same fact stated twice: keep the stronger statement, then the earlier one; citation fields stay.
                var merged = new PropertyBag(existing.Props);
                if (Better(props, existing.Props))
                    foreach (var (k, v) in props) merged[k] = v;
                edges[id] = existing with { Props = merged };
            }
            else edges[id] = new EdgeFact(type, NodeLabel.Document, from, NodeLabel.Document, to, props);
        }

        string UnitKey(string name, string? unitProvince)
        {
            var unitKey = UnitKeys.Key(name, unitProvince);
            if (!units.ContainsKey(unitKey))
            {
                var normalized = UnitKeys.NormalizeName(name, unitProvince);
                units[unitKey] = new NodeFact(NodeLabel.Unit, unitKey, new PropertyBag()
                    .Set(Prop.Key, unitKey)
                    .Set(Prop.Level, UnitKeys.Level(normalized, unitProvince)));
            }
            return unitKey;
        }

        void AddUnitEdge(string type, string fromLabel, string fromKey, string name, string? unitProvince)
        {
            var unitKey = UnitKey(name, unitProvince);
            var id = (type, fromKey, unitKey);
            if (edges.ContainsKey(id)) return; // "Sở GD&ĐT" and "Sở Giáo dục và Đào tạo" in one list: the first spelling stays
            edges[id] = new EdgeFact(type, fromLabel, fromKey, NodeLabel.Unit, unitKey, new PropertyBag()
                .Set(Prop.Source, key).Set(Prop.Name, name.Trim()).Set(Prop.Province, unitProvince)
                .Set(Prop.Rank, SharedNodeProperties.NameRank(name.Trim(), unitProvince, key, fromKey)));
        }

        foreach (var c in doc.Citations)
        {
            var span = c.Spans.Count > 0 ? c.Spans[0] : null;
            var completeness = new[] { c.Code, c.Date, c.Issuer, c.Province, c.Subject }.Count(x => !string.IsNullOrWhiteSpace(x));
            AddDocumentEdge(EdgeType.Cites, key, c.Key, new PropertyBag()
                .Set(Prop.Rank, SharedNodeProperties.CitationRank(completeness, key, key))
                .Set(Prop.Start, span?[0]).Set(Prop.End, span?[1]).Set(Prop.Sentence, c.Sentence)
                .Set(Prop.Confidence, 1.0).Set(Prop.DecidedBy, CitationDecider)
                .Set(Prop.Code, c.Code).Set(Prop.CodeKey, LookupKeys.Code(c.Code)).Set(Prop.Type, c.Type.ToString())
                .Set(Prop.Date, c.Date).Set(Prop.Year, DateText.Year(c.Date, c.Code))
                .Set(Prop.Issuer, c.Issuer).Set(Prop.Province, c.Province).Set(Prop.ProvinceKey, LookupKeys.Province(c.Province))
                .Set(Prop.Subject, c.Subject).Set(Prop.ByTitle, c.ByTitle ? true : null));
        }

        foreach (var r in doc.Relations)
        {
            AddDocumentEdge(r.Type.ToString(), r.From, r.To, new PropertyBag()
                .Set(Prop.Start, r.Evidence.Start).Set(Prop.End, r.Evidence.End).Set(Prop.Sentence, r.Evidence.Text)
                .Set(Prop.Confidence, r.Confidence).Set(Prop.DecidedBy, r.DecidedBy));
        }

        foreach (var s in doc.SameAs)
        {
            AddDocumentEdge(EdgeType.SameAs, key, s.Key, new PropertyBag()
                .Set(Prop.Score, s.Score).Set(Prop.Reason, s.Reason).Set(Prop.Code, s.Code));
        }

        if (doc.Issuer is { } issuer && !string.IsNullOrWhiteSpace(issuer.Name))
            AddUnitEdge(EdgeType.IssuedBy, NodeLabel.Document, key, issuer.Name, issuer.Province);

        if (!string.IsNullOrWhiteSpace(doc.Signer))
        {
            var personKey = PersonKey(doc.Signer, province);
            persons[personKey] = new NodeFact(NodeLabel.Person, personKey, new PropertyBag().Set(Prop.Key, personKey));
            edges[(EdgeType.SignedBy, key, personKey)] = new EdgeFact(EdgeType.SignedBy, NodeLabel.Document, key, NodeLabel.Person, personKey,
                new PropertyBag().Set(Prop.Source, key).Set(Prop.Name, doc.Signer.Trim()).Set(Prop.Province, province)
                    .Set(Prop.Rank, SharedNodeProperties.NameRank(doc.Signer.Trim(), province, key, key)));
        }

        foreach (var recipient in doc.Recipients)
            AddUnitEdge(EdgeType.SentTo, NodeLabel.Document, key, recipient, province);

        var tasks = new List<NodeFact>();
        for (var i = 0; i < doc.Tasks.Count; i++)
        {
            var t = doc.Tasks[i];
            var taskKey = $"{key}#task-{i + 1}";
            tasks.Add(new NodeFact(NodeLabel.Task, taskKey, TaskProps(t, taskKey, key, i + 1)));
            edges[(EdgeType.Assigns, key, taskKey)] = new EdgeFact(EdgeType.Assigns, NodeLabel.Document, key, NodeLabel.Task, taskKey,
                new PropertyBag().Set(Prop.Source, key));
            foreach (var lead in t.Lead) AddUnitEdge(EdgeType.Lead, NodeLabel.Task, taskKey, lead, province);
            foreach (var support in t.Support) AddUnitEdge(EdgeType.Support, NodeLabel.Task, taskKey, support, province);
        }

        var targets = new List<NodeFact>();
        for (var i = 0; i < doc.Targets.Count; i++)
        {
            var g = doc.Targets[i];
            var targetKey = $"{key}#target-{i + 1}";
            targets.Add(new NodeFact(NodeLabel.Target, targetKey, new PropertyBag()
                .Set(Prop.Key, targetKey).Set(Prop.Document, key).Set(Prop.Ordinal, i + 1)
                .Set(Prop.Text, g.Text).Set(Prop.Value, g.Value).Set(Prop.Unit, g.Unit)
                .Set(Prop.Start, g.Evidence.Start).Set(Prop.End, g.Evidence.End)));
            edges[(EdgeType.HasTarget, key, targetKey)] = new EdgeFact(EdgeType.HasTarget, NodeLabel.Document, key, NodeLabel.Target, targetKey,
                new PropertyBag().Set(Prop.Source, key));
        }

        return new DocumentFacts
        {
            Key = key,
            Document = docNode,
            Text = doc.Text,
            ReferencedDocuments = referenced
                .Select(k => new NodeFact(NodeLabel.Document, k, new PropertyBag().Set(Prop.Key, k).Set(Prop.Ingested, false)))
                .ToList(),
            Units = units.Values.ToList(),
            Persons = persons.Values.ToList(),
            Tasks = tasks,
            Targets = targets,
            Edges = edges.Values
                .OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.FromKey, StringComparer.Ordinal).ThenBy(e => e.ToKey, StringComparer.Ordinal)
                .ToList(),
        };
    }

    /// <summary>Người ký (signer) identity: the name within the province of the document.</summary>
    public static string PersonKey(string name, string? province) =>
        TextFold.Lower(name).Trim() + UnitKeys.Separator + (LookupKeys.Province(province) ?? "");

    private static PropertyBag DocumentProps(DocumentRecord doc, string key) => new PropertyBag()
        .Set(Prop.Key, key)
        .Set(Prop.Ingested, true)
        .Set(Prop.Code, doc.Code)
        .Set(Prop.CodeKey, LookupKeys.Code(doc.Code))
        .Set(Prop.Type, doc.Type.ToString())
        .Set(Prop.Issuer, doc.Issuer?.Name)
        .Set(Prop.Province, doc.Issuer?.Province)
        .Set(Prop.ProvinceKey, LookupKeys.Province(doc.Issuer?.Province))
        .Set(Prop.Date, doc.Date)
        .Set(Prop.Year, DateText.Year(doc.Date, doc.Code))
        .Set(Prop.Title, doc.Title)
        .Set(Prop.Signer, doc.Signer)
        .Set(Prop.SourceFile, doc.Source)
        .Set(Prop.ContentHash, doc.ContentHash);

    private static PropertyBag TaskProps(TaskRecord t, string taskKey, string docKey, int ordinal) => new PropertyBag()
        .Set(Prop.Key, taskKey)
        .Set(Prop.Document, docKey)
        .Set(Prop.Ordinal, ordinal)
        .Set(Prop.Text, t.Text)
        .Set(Prop.Section, t.Section)
        .Set(Prop.Kind, t.Kind)
        .Set(Prop.Domain, t.Domain)
        .Set(Prop.DeadlineText, t.Deadline?.Text)
        .Set(Prop.DeadlineDate, DateText.Iso(t.Deadline?.Date) ?? t.Deadline?.Date)
        .Set(Prop.Recurrence, t.Deadline?.Recurrence)
        .Set(Prop.MonthDay, t.Deadline?.MonthDay)
        .Set(Prop.RelativeDays, t.Deadline?.RelativeDays)
        .Set(Prop.Start, t.Evidence.Start)
        .Set(Prop.End, t.Evidence.End);

    private static bool Better(PropertyBag candidate, PropertyBag current)
    {
        var c1 = candidate.GetDouble(Prop.Confidence) ?? 0;
        var c0 = current.GetDouble(Prop.Confidence) ?? 0;
        if (c1 != c0) return c1 > c0;
        return (candidate.GetLong(Prop.Start) ?? long.MaxValue) < (current.GetLong(Prop.Start) ?? long.MaxValue);
    }

    private static void Validate(DocumentRecord doc)
    {
        var name = string.IsNullOrWhiteSpace(doc.Source) ? doc.Key : doc.Source;
        GraphInputException Fail(string problem) => new(name, problem);
        void CheckKey(string? k, string what)
        {
            if (string.IsNullOrWhiteSpace(k)) throw Fail($"{what} has an empty key");
            if (k.Any(char.IsControl)) throw Fail($"{what} key '{k.Replace("\n", "\\n")}' contains control characters");
        }
        void CheckSpan(int start, int end, string what)
        {
            if (start < 0 || end < start) throw Fail($"{what}: span {start}..{end} is not a valid range");
            if (doc.Text.Length > 0 && end > doc.Text.Length) throw Fail($"{what}: span {start}..{end} lies beyond the text ({doc.Text.Length} characters)");
        }
        void CheckUnit(string? unit, string what)
        {
            if (string.IsNullOrWhiteSpace(unit)) throw Fail($"{what} names an empty unit");
        }

        CheckKey(doc.Key, "the document");
        for (var i = 0; i < doc.Citations.Count; i++)
        {
            var c = doc.Citations[i];
            CheckKey(c.Key, $"citation {i + 1} ({c.Code ?? "no code"})");
            foreach (var s in c.Spans)
            {
                if (s.Length != 2) throw Fail($"citation {i + 1} ({c.Key}): a span must be [start, end], got {s.Length} numbers");
                CheckSpan(s[0], s[1], $"citation {i + 1} ({c.Key})");
            }
        }
        for (var i = 0; i < doc.Relations.Count; i++)
        {
            var r = doc.Relations[i];
            var what = $"relation {i + 1} ({r.From} {r.Type} {r.To})";
            CheckKey(r.From, $"{what} source end");
            CheckKey(r.To, $"{what} target end");
            if (double.IsNaN(r.Confidence) || r.Confidence is < 0 or > 1) throw Fail($"{what}: confidence {r.Confidence} is outside 0..1");
            CheckSpan(r.Evidence.Start, r.Evidence.End, what);
        }
        for (var i = 0; i < doc.SameAs.Count; i++)
        {
            var s = doc.SameAs[i];
            CheckKey(s.Key, $"same-as candidate {i + 1}");
            if (!double.IsFinite(s.Score)) throw Fail($"same-as candidate {i + 1} ({s.Key}): score {s.Score} is not a number");
        }
        if (doc.Issuer is { } issuer && issuer.Name is not null && issuer.Name.Length > 0 && string.IsNullOrWhiteSpace(issuer.Name))
            throw Fail("the issuer has a blank name");
        for (var i = 0; i < doc.Recipients.Count; i++) CheckUnit(doc.Recipients[i], $"recipient {i + 1}");
        for (var i = 0; i < doc.Tasks.Count; i++)
        {
            var t = doc.Tasks[i];
            foreach (var u in t.Lead) CheckUnit(u, $"task {i + 1} (lead)");
            foreach (var u in t.Support) CheckUnit(u, $"task {i + 1} (support)");
            CheckSpan(t.Evidence.Start, t.Evidence.End, $"task {i + 1}");
        }
        for (var i = 0; i < doc.Targets.Count; i++)
        {
            var g = doc.Targets[i];
            if (!double.IsFinite(g.Value)) throw Fail($"target {i + 1}: value {g.Value} is not a number");
            CheckSpan(g.Evidence.Start, g.Evidence.End, $"target {i + 1}");
        }
    }
}
