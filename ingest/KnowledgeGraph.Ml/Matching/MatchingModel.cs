using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Extraction;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml.Labelling;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace KnowledgeGraph.Ml.Matching;

/// <summary>Features of a pair (unnumbered document, cited document) for the matching model.</summary>
public sealed class MatchInput
{
    public float IssuerSimilarity { get; set; }
    public float SameProvince { get; set; }
    public float DateEqual { get; set; }
    public float DateMissing { get; set; }
    /// <summary>The citation is dated after the document: it cannot be the document.</summary>
    public float CitedLater { get; set; }
    /// <summary>log(1 + days between the two dates), 0 when a date is missing.</summary>
    public float LogDaysApart { get; set; }
    /// <summary>Share of the title's words found in the citation's subject, and the reverse.</summary>
    public float TitleInSubject { get; set; }
    public float SubjectInTitle { get; set; }
    public float SubjectEmpty { get; set; }
    /// <summary>The extractor's own rule score (SameAsMatcher.Score).</summary>
    public float RuleScore { get; set; }
    public bool Label { get; set; }

    public static MatchInput Of(DocumentRecord doc, CitationRecord cited, bool label = false)
    {
        var same = doc.Type == cited.Type;
        var dd = doc.Date;
        var cd = cited.Date;
        var missing = dd is null || cd is null || cd.EndsWith("-00-00", StringComparison.Ordinal);
        var days = 0.0;
        if (!missing && DateOnly.TryParse(dd, out var a) && DateOnly.TryParse(cd, out var b)) days = Math.Abs(a.DayNumber - b.DayNumber);
        var title = doc.Title ?? "";
        var subject = cited.Subject ?? "";
        return new MatchInput
        {
            IssuerSimilarity = (float)Issuer(doc.Issuer?.Name, cited.Issuer),
            SameProvince = doc.Issuer?.Province is { } p && cited.Province == p ? 1 : 0,
            DateEqual = !missing && dd == cd ? 1 : 0,
            DateMissing = missing ? 1 : 0,
            CitedLater = !missing && string.CompareOrdinal(cd, dd) > 0 ? 1 : 0,
            LogDaysApart = (float)Math.Log(1 + days),
            TitleInSubject = (float)SameAsMatcher.Containment(title, subject),
            SubjectInTitle = (float)SameAsMatcher.Containment(subject, title),
            SubjectEmpty = subject.Trim().Length == 0 ? 1 : 0,
            RuleScore = same && doc.Title is not null ? (float)SameAsMatcher.Score(doc, cited) : 0,
            Label = label,
        };
    }

    public static MatchInput Of(MatchRow row)
    {
        var (doc, cited) = row.ToRecords();
        return Of(doc, cited, row.Label == true);
    }

    /// <summary>1 when the names agree once "Ủy ban nhân dân"/"UBND" and the head's title are set aside, 0.5 when one is unknown.</summary>
    private static double Issuer(string? a, string? b)
    {
        if (a is null || b is null) return 0.5;
        static string Norm(string s)
        {
            var f = TextFold.Fold(s).Replace("uy ban nhan dan", "ubnd");
            foreach (var head in new[] { "bo truong ", "chu tich ", "thu tuong " })
                if (f.StartsWith(head, StringComparison.Ordinal)) f = f[head.Length..];
            return f.Trim();
        }
        var x = Norm(a);
        var y = Norm(b);
        return x.Length > 0 && y.Length > 0 && (x == y || x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)) ? 1 : 0;
    }
}

public sealed class MatchOutput
{
    public float Probability { get; set; }
}

/// <summary>
/// Ghép văn bản không số (matching an unnumbered document to the cited document it most likely is): a logistic
/// regression over issuer, province, date and subject features; its probability is the score, and the threshold is
/// chosen on the labelled train pairs.
/// </summary>
public sealed class MatchingModel : TrainedModel<MatchInput, MatchOutput>
{
    private static readonly string[] FeatureColumns =
    [
        nameof(MatchInput.IssuerSimilarity), nameof(MatchInput.SameProvince), nameof(MatchInput.DateEqual), nameof(MatchInput.DateMissing),
        nameof(MatchInput.CitedLater), nameof(MatchInput.LogDaysApart), nameof(MatchInput.TitleInSubject), nameof(MatchInput.SubjectInTitle),
        nameof(MatchInput.SubjectEmpty), nameof(MatchInput.RuleScore),
    ];


    private MatchingModel(MLContext ml, ITransformer model, DataViewSchema schema) : base(ml, model, schema) { }

    public static MatchingModel Train(IEnumerable<MatchInput> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Concatenate("Features", FeatureColumns)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(MatchInput.Label), FeatureColumnName = "Features", NumberOfThreads = 1, L2Regularization = 0.1f,
            }));
        return new MatchingModel(ml, pipeline.Fit(data), data.Schema);
    }

    public static MatchingModel Load(Stream stream, int seed = 1)
    {
        var (ml, model, schema) = LoadParts(stream, seed);
        return new MatchingModel(ml, model, schema);
    }

    public double Score(MatchInput input) => Run(input).Probability;
}
