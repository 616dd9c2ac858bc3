using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Analysis;

/// <summary>How a document joined a cascade: the edge to the document above it, and that document's key.</summary>
public sealed record CascadeLink(DocumentNode Document, int Depth, string? Parent, GraphEdge? Edge);

/// <summary>Evidence that a province carries out the root: an implementing document and the relation sentence.</summary>
public sealed record CoverageEvidence(DocumentNode Document, int Depth, string? Parent, string? Relation, string? Sentence, string? EvidenceSource);

/// <summary>One of the 34 provinces: whether an ingested document of it (or of a province merged into it) carries the root out.</summary>
public sealed record ProvinceCoverage(string Province, bool Covered, IReadOnlyList<string> FormerProvinces,
    IReadOnlyList<CoverageEvidence> Evidence, IReadOnlyList<UnitRef> Units);

/// <summary>Độ bao phủ (coverage) of a central document across the 34 provinces.</summary>
public sealed record CoverageResult(DocumentNode Root, DateOnly? AsOf, IReadOnlyList<ProvinceCoverage> Provinces)
{
    public IReadOnlyList<string> CoveredProvinces => Provinces.Where(p => p.Covered).Select(p => p.Province).ToList();
    public IReadOnlyList<string> MissingProvinces => Provinces.Where(p => !p.Covered).Select(p => p.Province).ToList();
}

/// <summary>A task with the date it falls due (one occurrence for yearly deadlines).</summary>
public sealed record DatedTask(TaskInfo Task, DocumentNode Document, DateOnly Due, bool Recurring);

/// <summary>A local task due later than the central task it carries out, and how the two were matched.</summary>
public sealed record LateDeadline(DatedTask Local, DatedTask Central, string MatchedBy);

/// <summary>Tasks and targets of several provinces for one domain (lĩnh vực), side by side.</summary>
public sealed record SideBySideRow(string Domain, IReadOnlyList<SideBySideCell> Cells);

/// <summary>One province's tasks and chỉ tiêu (targets) in one domain.</summary>
public sealed record SideBySideCell(string Province, IReadOnlyList<TaskInfo> Tasks, IReadOnlyList<TargetInfo> Targets);

public sealed record SideBySideResult(DocumentNode Root, IReadOnlyList<string> Provinces,
    IReadOnlyList<ProvinceCoverage> Coverage, IReadOnlyList<SideBySideRow> Rows);
