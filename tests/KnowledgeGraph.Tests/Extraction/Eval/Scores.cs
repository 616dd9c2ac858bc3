namespace KnowledgeGraph.Tests.Extraction.Eval;

/// <summary>True positives, misses and false positives of one kind of item; precision and recall from them.</summary>
public sealed record Counts(int Tp, int Fn, int Fp)
{
    public static readonly Counts Zero = new(0, 0, 0);

    /// <summary>1 when nothing was found (no claim, no wrong claim).</summary>
    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    /// <summary>1 when there was nothing to find.</summary>
    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fn + b.Fn, a.Fp + b.Fp);
}

/// <summary>Correct answers among a number of matched items (dates, issuers, types, deadlines).</summary>
public sealed record Rate(int Correct, int Total)
{
    public static readonly Rate Zero = new(0, 0);

    public double Value => Total == 0 ? 1 : (double)Correct / Total;

    public static Rate operator +(Rate a, Rate b) => new(a.Correct + b.Correct, a.Total + b.Total);

    public override string ToString() => Total == 0 ? "n/a" : $"{Correct}/{Total} ({Value:P0})";
}

/// <summary>One evaluated item, for failure messages and the report: what, where in the source, why.</summary>
public sealed record Finding(string Item, string Detail, string? Passage = null)
{
    public override string ToString() =>
        $"{Item}: {Detail}" + (Passage is null ? "" : $"\n      source: «{Passage}»");
}

/// <summary>The measured quantities, per document or summed over documents.</summary>
public abstract record ScoreFields
{
    public Counts Citations { get; init; } = Counts.Zero;
    public Rate CitationDates { get; init; } = Rate.Zero;
    public Rate CitationIssuers { get; init; } = Rate.Zero;
    public Rate CitationTypes { get; init; } = Rate.Zero;
    /// <summary>Codes that came out as more than one citation record (DOMAIN §2: one node per document).</summary>
    public int SplitCitations { get; init; }
    public Counts OwnRelations { get; init; } = Counts.Zero;
    public Counts ThirdPartyRelations { get; init; } = Counts.Zero;
    public Rate LeadUnits { get; init; } = Rate.Zero;
    public Rate Deadlines { get; init; } = Rate.Zero;
    public Rate Targets { get; init; } = Rate.Zero;
    public Rate TitleReferences { get; init; } = Rate.Zero;
    public Rate NamedLaws { get; init; } = Rate.Zero;
    public Rate Header { get; init; } = Rate.Zero;

    /// <summary>This record (of its own runtime type) with <paramref name="other"/>'s quantities added.</summary>
    protected ScoreFields Plus(ScoreFields other) => this with
    {
        Citations = Citations + other.Citations,
        CitationDates = CitationDates + other.CitationDates,
        CitationIssuers = CitationIssuers + other.CitationIssuers,
        CitationTypes = CitationTypes + other.CitationTypes,
        SplitCitations = SplitCitations + other.SplitCitations,
        OwnRelations = OwnRelations + other.OwnRelations,
        ThirdPartyRelations = ThirdPartyRelations + other.ThirdPartyRelations,
        LeadUnits = LeadUnits + other.LeadUnits,
        Deadlines = Deadlines + other.Deadlines,
        Targets = Targets + other.Targets,
        TitleReferences = TitleReferences + other.TitleReferences,
        NamedLaws = NamedLaws + other.NamedLaws,
        Header = Header + other.Header,
    };
}

/// <summary>The evaluation of one document against its truth file.</summary>
public sealed record DocumentScore : ScoreFields
{
    public required string Name { get; init; }
    public required string Source { get; init; }

    public List<Finding> MissedCitations { get; init; } = [];
    public List<Finding> FalseCitations { get; init; } = [];
    public List<Finding> WrongDates { get; init; } = [];
    public List<Finding> WrongIssuers { get; init; } = [];
    public List<Finding> WrongTypes { get; init; } = [];
    public List<Finding> MissedOwnRelations { get; init; } = [];
    public List<Finding> FalseOwnRelations { get; init; } = [];
    public List<Finding> MissedThirdParty { get; init; } = [];
    public List<Finding> FalseThirdParty { get; init; } = [];
    public List<Finding> MissedLeadUnits { get; init; } = [];
    public List<Finding> WrongDeadlines { get; init; } = [];
    public List<Finding> MissedTargets { get; init; } = [];
    public List<Finding> MissedTitleReferences { get; init; } = [];
    public List<Finding> MissedNamedLaws { get; init; } = [];
    public List<Finding> HeaderErrors { get; init; } = [];
}

/// <summary>Sums over documents.</summary>
public sealed record ScoreTotals : ScoreFields
{
    public int Documents { get; init; }

    public static ScoreTotals Of(IEnumerable<DocumentScore> scores) =>
        scores.Aggregate(new ScoreTotals(), (t, s) => (ScoreTotals)t.Plus(s) with { Documents = t.Documents + 1 });

    /// <summary>Named metric values, the names used by thresholds.json and the report.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>
    {
        ["citation.precision"] = Citations.Precision,
        ["citation.recall"] = Citations.Recall,
        ["citation.dateAccuracy"] = CitationDates.Value,
        ["citation.issuerAccuracy"] = CitationIssuers.Value,
        ["citation.typeAccuracy"] = CitationTypes.Value,
        ["ownRelation.precision"] = OwnRelations.Precision,
        ["ownRelation.recall"] = OwnRelations.Recall,
        ["thirdParty.precision"] = ThirdPartyRelations.Precision,
        ["thirdParty.recall"] = ThirdPartyRelations.Recall,
        ["leadUnit.recall"] = LeadUnits.Value,
        ["target.recall"] = Targets.Value,
        ["titleReference.recall"] = TitleReferences.Value,
        ["namedLaw.recall"] = NamedLaws.Value,
        ["header.accuracy"] = Header.Value,
    };
}
