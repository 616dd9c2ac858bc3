namespace KnowledgeGraph.Bench;

/// <summary>One end-to-end run at one corpus size; kept in tests/benchmarks/e2e-results.json so runs at several sizes share a table.</summary>
public sealed record E2eResult
{
    public int Documents { get; init; }
    public int Seed { get; init; }
    public string Date { get; init; } = "";
    public string Commit { get; init; } = "";
    public string Machine { get; init; } = "";
    public string LoadAverage { get; init; } = "";
    public int Workers { get; init; }

    public double CorpusMB { get; init; }
    public double MedianChars { get; init; }
    public double GenerateSeconds { get; init; }

    public double ExtractSeconds { get; init; }
    public double ExtractMBps => CorpusMB / ExtractSeconds;
    public double KeyAccuracy { get; init; }
    public double CitationPrecision { get; init; }
    public double CitationRecall { get; init; }
    public double ImplementsPrecision { get; init; }
    public double ImplementsRecall { get; init; }
    public double LeadRecall { get; init; }

    public double IngestSeconds { get; init; }
    public double LoadSeconds { get; init; }
    public double IndexSeconds { get; init; }
    public long Nodes { get; init; }
    public long Edges { get; init; }
    public double PeakWorkingSetMB { get; init; }
    public double StoreMB { get; init; }
    public double IndexMB { get; init; }

    public string CascadeRoot { get; init; } = "";
    public int CascadeNodes { get; init; }
    public double CascadeP50 { get; init; }
    public double CascadeP99 { get; init; }
    public int CascadeCalls { get; init; }
    public int Cascade10Calls { get; init; }
    public double Cascade10P50 { get; init; }
    public double Cascade10P99 { get; init; }
    public double LineageP50 { get; init; }
    public double LineageP99 { get; init; }
    public double LookupP50 { get; init; }
    public double LookupP99 { get; init; }
    public double SearchP50 { get; init; }
    public double SearchP99 { get; init; }
    public double ScanP50 { get; init; }

    public Neo4jE2e? Neo4j { get; init; }

    /// <summary>When the queries ran on a store ingested earlier (--reuse-data): that ingest's date and commit.</summary>
    public string? IngestedAt { get; init; }

    /// <summary>The cascade timed with the old walk in the same run (--baseline-walk).</summary>
    public E2eBaseline? Baseline { get; init; }
}

/// <summary>Cascade latency with the walk being replaced and with the new one, calls interleaved in the same run.</summary>
public sealed record E2eBaseline
{
    public string Walk { get; init; } = "";
    public int CascadeCalls { get; init; }
    public int Cascade10Calls { get; init; }
    public double CascadeP50 { get; init; }
    public double CascadeP99 { get; init; }
    public double Cascade10P50 { get; init; }
    public double Cascade10P99 { get; init; }
    public int NewCascadeCalls { get; init; }
    public int NewCascade10Calls { get; init; }
    public double NewCascadeP50 { get; init; }
    public double NewCascadeP99 { get; init; }
    public double NewCascade10P50 { get; init; }
    public double NewCascade10P99 { get; init; }
}

/// <summary>The Neo4j part of a run: batched UNWIND load, the one-statement-per-row baseline on a subset, cascade latency.</summary>
public sealed record Neo4jE2e
{
    public string Server { get; init; } = "";
    public double LoadSeconds { get; init; }
    public long Nodes { get; init; }
    public long Edges { get; init; }
    public int SubsetDocuments { get; init; }
    public double SubsetBatchedSeconds { get; init; }
    public double SubsetPerRowSeconds { get; init; }
    public long SubsetNodes { get; init; }
    public long SubsetEdges { get; init; }
    public double CascadeP50 { get; init; }
    public double CascadeP99 { get; init; }
    public double Cascade10P50 { get; init; }
    public double Cascade10P99 { get; init; }
    public double LookupP99 { get; init; }
}
