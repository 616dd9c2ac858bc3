using global::GraphQL;
using global::GraphQL.Types;
using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Độ bao phủ (coverage) of a central document over the 34 provinces.</summary>
public sealed class CoverageGraphType : ObjectGraphType<CoverageResult>
{
    public CoverageGraphType()
    {
        Name = "Coverage";
        Description = "Which of the 34 provinces (since 1 July 2025) have an ingested document carrying the root out, with evidence; a pre-2025 province counts for its successor.";
        Field<NonNullGraphType<DocumentGraphType>>("root").Description("The central document.").Resolve(c => c.Source.Root);
        Field<DateOnlyGraphType>("asOf").Description("Only documents issued up to this date were counted, when given.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<IntGraphType>>("coveredCount").Description("How many of the 34 provinces are covered.").Resolve(c => c.Source.CoveredProvinces.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("covered").Description("Names of the covered provinces, in rule-file order.").Resolve(c => c.Source.CoveredProvinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missing").Description("Names of the provinces with no implementing document ingested.").Resolve(c => c.Source.MissingProvinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceCoverageGraphType>>>>("provinces").Description("All 34 provinces, covered or not (the grid).").Resolve(c => c.Source.Provinces);
    }
}

public sealed class ProvinceCoverageGraphType : ObjectGraphType<ProvinceCoverage>
{
    public ProvinceCoverageGraphType()
    {
        Name = "ProvinceCoverage";
        Description = "One province (tỉnh, thành phố) in a coverage: whether it carries the root out, the evidence and the units named.";
        Field<NonNullGraphType<StringGraphType>>("province").Description("Province name since 1 July 2025.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<BooleanGraphType>>("covered").Description("True when at least one ingested document of it (or of a province merged into it) is in the cascade.").Resolve(c => c.Source.Covered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("formerProvinces").Description("Provinces merged into this one in 2025 (Nghị quyết 202/2025/QH15).").Resolve(c => c.Source.FormerProvinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageEvidenceGraphType>>>>("evidence").Description("The implementing documents, by key, each with the relation that brought it in.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitRefGraphType>>>>("units").Description("Units named as lead or support in those documents' tasks.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssigneeCoverageGraphType>>>>("assignees")
            .Description("Coverage within the province: each unit named as lead or support (departments, communes, ...) and whether it issued an implementing document of its own in the cascade.")
            .Resolve(c => AssigneeAnalyst.Of(c.Source));
    }
}

public sealed class AssigneeCoverageGraphType : ObjectGraphType<AssigneeCoverage>
{
    public AssigneeCoverageGraphType()
    {
        Name = "AssigneeCoverage";
        Description = "A unit a province's implementing documents assign (đơn vị được giao) and the documents of the cascade it issued itself.";
        Field<NonNullGraphType<UnitRefGraphType>>("unit").Description("The unit, named as the assigning document wrote it.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("level").Description("Cấp (tier): province, district, commune or central.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<BooleanGraphType>>("group").Description("True for a group of bodies (các sở, ban, ngành; UBND các xã, phường): it cannot issue a document itself.").Resolve(c => c.Source.Group);
        Field<NonNullGraphType<BooleanGraphType>>("covered").Description("True when the unit issued at least one document in the cascade.").Resolve(c => c.Source.Covered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents").Description("The documents it issued in the cascade, by key.").Resolve(c => c.Source.Documents);
    }
}

public sealed class CoverageEvidenceGraphType : ObjectGraphType<CoverageEvidence>
{
    public CoverageEvidenceGraphType()
    {
        Name = "CoverageEvidence";
        Description = "An implementing document and the relation sentence linking it to the document above it in the cascade.";
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The implementing document.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps below the root.").Resolve(c => c.Source.Depth);
        Field<StringGraphType>("parentKey").Description("Key of the document above it through which it was reached.").Resolve(c => c.Source.Parent);
        Field<StringGraphType>("relation").Description("Relation type of that link (IMPLEMENTS, BASED_ON, ...).").Resolve(c => c.Source.Relation);
        Field<StringGraphType>("sentence").Description("The sentence stating the relation.").Resolve(c => c.Source.Sentence);
        Field<StringGraphType>("evidenceSource").Description("Key of the document whose text states the relation.").Resolve(c => c.Source.EvidenceSource);
    }
}

public sealed class DatedTaskGraphType : ObjectGraphType<DatedTask>
{
    public DatedTaskGraphType()
    {
        Name = "DatedTask";
        Description = "A task with one date it falls due (for a yearly deadline, one occurrence).";
        Field<NonNullGraphType<DateOnlyGraphType>>("due").Description("The date the task falls due.").Resolve(c => c.Source.Due);
        Field<NonNullGraphType<BooleanGraphType>>("recurring").Description("True for an occurrence of a yearly deadline.").Resolve(c => c.Source.Recurring);
        Field<NonNullGraphType<TaskGraphType>>("task").Description("The task.").Resolve(c => c.Source.Task);
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document that assigns it.").Resolve(c => c.Source.Document);
    }
}

public sealed class LateDeadlineGraphType : ObjectGraphType<LateDeadline>
{
    public LateDeadlineGraphType()
    {
        Name = "LateDeadline";
        Description = "A local task due later than a central task for the same work in a document above it on its implementing chain.";
        Field<NonNullGraphType<DatedTaskGraphType>>("local").Description("The local task and its due date.").Resolve(c => c.Source.Local);
        Field<NonNullGraphType<DatedTaskGraphType>>("central").Description("The central (higher) task and its earlier due date.").Resolve(c => c.Source.Central);
        Field<NonNullGraphType<StringGraphType>>("matchedBy").Description("Why they are the same work: 'domain X' or 'lead unit Y'.").Resolve(c => c.Source.MatchedBy);
        Field<NonNullGraphType<IntGraphType>>("daysLater").Description("Days between the central and the local due date.").Resolve(c => c.Source.Local.Due.DayNumber - c.Source.Central.Due.DayNumber);
    }
}

/// <summary>A unit and its predecessors with their tasks.</summary>
public sealed record UnitLineageView(string Name, string Province, IReadOnlyList<UnitPredecessor> Units, IReadOnlyList<UnitTask> Tasks);

public sealed class UnitLineageGraphType : ObjectGraphType<UnitLineageView>
{
    public UnitLineageGraphType()
    {
        Name = "UnitLineage";
        Description = "A unit of a province after the 2025 reorganisation, the units it took over (renamed or merged departments, the same unit of merged provinces) and all their tasks.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The unit's name as asked.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("province").Description("The province since 1 July 2025.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitPredecessorGraphType>>>>("units").Description("The unit and its predecessors, with the source of each succession.").Resolve(c => c.Source.Units);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitTaskGraphType>>>>("tasks").Description("Tasks given to the unit or any predecessor, names as written, by document and ordinal.").Resolve(c => c.Source.Tasks);
    }
}

public sealed class UnitPredecessorGraphType : ObjectGraphType<UnitPredecessor>
{
    public UnitPredecessorGraphType()
    {
        Name = "UnitPredecessor";
        Description = "A unit whose work a later unit took over.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the unit.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("province").Description("Its province.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<StringGraphType>>("key").Description("Its unit key; pass it to unit(key:).").Resolve(c => c.Source.Key);
        Field<StringGraphType>("source").Description("The legal source of the succession; null for the unit itself.").Resolve(c => c.Source.Source);
    }
}

/// <summary>Where a unit's work went.</summary>
public sealed record UnitSuccessorView(string Name, string? Province, IReadOnlyList<UnitSuccession> Steps);

public sealed class UnitSuccessorGraphType : ObjectGraphType<UnitSuccessorView>
{
    public UnitSuccessorGraphType()
    {
        Name = "UnitSuccessor";
        Description = "The unit that does a (possibly abolished) unit's work since the 2025 reorganisation.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the successor unit.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("province").Description("Province of the successor (the post-2025 province).").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitSuccessionGraphType>>>>("steps").Description("The successions applied, in order.").Resolve(c => c.Source.Steps);
    }
}

public sealed class UnitSuccessionGraphType : ObjectGraphType<UnitSuccession>
{
    public UnitSuccessionGraphType()
    {
        Name = "UnitSuccession";
        Description = "One entry of the unit registry (Rules/unit-successors.json).";
        Field<NonNullGraphType<StringGraphType>>("from").Description("The former unit.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Description("The unit that took its work over.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("since").Description("Date from which, ISO.").Resolve(c => c.Source.Since);
        Field<NonNullGraphType<StringGraphType>>("source").Description("Legal source.").Resolve(c => c.Source.Source);
        Field<StringGraphType>("note").Description("Where parts of the work went, when split.").Resolve(c => c.Source.Note);
    }
}

public sealed class SideBySideGraphType : ObjectGraphType<SideBySideResult>
{
    public SideBySideGraphType()
    {
        Name = "SideBySide";
        Description = "Several provinces' implementations of one central document, their tasks and targets aligned by task domain.";
        Field<NonNullGraphType<DocumentGraphType>>("root").Description("The central document.").Resolve(c => c.Source.Root);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("provinces").Description("The provinces compared (post-2025 names), in the order asked.").Resolve(c => c.Source.Provinces);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceCoverageGraphType>>>>("columns").Description("Each province's implementing documents and units.").Resolve(c => c.Source.Coverage);
        // The estimate multiplies each nested list's children by 20; rows are one per task domain (about ten, not chosen by
        // the caller) and cells one per province asked (two to four in practice), so a whole comparison page, tasks with
        // their units included, fits the complexity limit.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideBySideRowGraphType>>>>("rows").WithComplexityImpact(1, 1).Description("One row per task domain ((none) last), of tasks and targets.").Resolve(c => c.Source.Rows);
    }
}

public sealed class SideBySideRowGraphType : ObjectGraphType<SideBySideRow>
{
    public SideBySideRowGraphType()
    {
        Name = "SideBySideRow";
        Description = "The tasks and targets of one domain (lĩnh vực), one cell per province.";
        Field<NonNullGraphType<StringGraphType>>("domain").Description("Task domain from the ML classifier, or (none).").Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SideBySideCellGraphType>>>>("cells").WithComplexityImpact(1, 5).Description("One cell per province, in the order of provinces.").Resolve(c => c.Source.Cells);
    }
}

public sealed class SideBySideCellGraphType : ObjectGraphType<SideBySideCell>
{
    public SideBySideCellGraphType()
    {
        Name = "SideBySideCell";
        Description = "One province's tasks in one domain, with their units and deadlines, and its targets (chỉ tiêu) in that domain.";
        Field<NonNullGraphType<StringGraphType>>("province").Description("The province.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGraphType>>>>("tasks").Description("Its tasks in this domain, by document and ordinal.").Resolve(c => c.Source.Tasks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("targets").Description("Its targets in this domain (the task-domain model over the target's sentence), by document and ordinal.").Resolve(c => c.Source.Targets);
    }
}

public sealed class WatchGraphType : ObjectGraphType<Watch>
{
    public WatchGraphType()
    {
        Name = "Watch";
        Description = "A saved query: documents carrying out a central document (optionally in one province), re-evaluated after each ingest.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the watch.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("rootKey").Description("Key of the central document watched.").Resolve(c => c.Source.Root);
        Field<StringGraphType>("province").Description("Province watched (post-2025 name); null for all.").Resolve(c => c.Source.Province);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("created").Description("When the watch was saved.").Resolve(c => c.Source.Created);
        Field<DateTimeOffsetGraphType>("evaluated").Description("When it was last evaluated (creation, or the last ingest).").Resolve(c => c.Source.Evaluated);
        Field<NonNullGraphType<IntGraphType>>("foundCount").Description("Documents found so far.").Resolve(c => c.Source.Found.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("newKeys").Description("Keys of the documents found and not yet marked seen.").Resolve(c => c.Source.New);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("newDocuments")
            .Description("The documents found and not yet marked seen (batched).")
            .ResolveAsync(async c => (object?)(await c.Kg().Store.GetDocumentsAsync(c.Source.New.ToList(), c.CancellationToken)).OrderBy(d => d.Key, StringComparer.Ordinal).ToList());
    }
}
