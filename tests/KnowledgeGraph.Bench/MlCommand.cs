using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Ml;
using KnowledgeGraph.Ml.Data;
using KnowledgeGraph.Ml.Domains;
using KnowledgeGraph.Ml.Relations;
using KnowledgeGraph.Ml.Training;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>ml [--corpus DIR] [--rounds N] [--no-report]</c>: training time, model size, prediction cost per document and
/// extraction speed with the models (against rules only, interleaved on the same documents), appended to
/// tests/benchmarks/REPORT.md as its own section.
/// </summary>
public static class MlCommand
{
    public static Command Build()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder holding corpus/ and seeds/ (default: <repo>/../shared)" };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds of extraction", DefaultValueFactory = _ => 5 };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave tests/benchmarks/REPORT.md alone" };
        var cmd = new Command("ml", "Benchmark ML training, model size, prediction cost and extraction with the models") { corpus, rounds, noReport };
        cmd.SetAction(parse =>
        {
            var repo = RepoRoot.Find();
            var shared = Path.GetFullPath(parse.GetValue(corpus) ?? Path.Combine(repo, "..", "shared"));
            var folders = new[] { Path.Combine(shared, "corpus"), Path.Combine(shared, "seeds") }.Where(Directory.Exists).ToList();
            if (folders.Count == 0) { Console.Error.WriteLine($"error: {shared}: neither corpus/ nor seeds/ is there (use --corpus DIR)"); return 2; }
            var n = parse.GetValue(rounds);
            if (n < 1) { Console.Error.WriteLine("error: --rounds must be at least 1"); return 2; }
            var load = MachineInfo.LoadAverage();
            var section = Run(repo, folders, n, Console.Out, load);
            Console.Out.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                ReportFile.UpdateSection(Path.Combine(repo, "tests", "benchmarks", "REPORT.md"), "ml", section);
                Console.Out.WriteLine("updated tests/benchmarks/REPORT.md");
            }
            return 0;
        });
        return cmd;
    }

    private static string Run(string repo, List<string> folders, int rounds, TextWriter log, string loadBefore)
    {
        var inv = CultureInfo.InvariantCulture;
        // Training (the train verb's work, without writing files).
        var trainSeconds = new List<double>();
        for (var i = 0; i < 2; i++)
        {
            var sw = Stopwatch.StartNew();
            Trainer.Train(DataSet.Embedded, seed: 1);
            trainSeconds.Add(sw.Elapsed.TotalSeconds);
            log.WriteLine(string.Create(inv, $"training run {i + 1}: {trainSeconds[^1]:0.0} s"));
        }
        var modelsDir = Path.Combine(repo, "ingest", "KnowledgeGraph.Ml", "Models");
        var sizes = Directory.EnumerateFiles(modelsDir).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), new FileInfo(f).Length)).ToList();
        var loadSw = Stopwatch.StartNew();
        var models = ModelStore.FromFolder(modelsDir);
        var loadSeconds = loadSw.Elapsed.TotalSeconds;

        var registry = DecoderRegistry.Default;
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(registry.CanDecode).Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var rulesPipeline = new ExtractionPipeline(registry);
        var mlPipeline = MlExtraction.Pipeline(registry, models);

        // Prediction alone: the hooks over documents the rules already extracted.
        var docs = new List<DocumentRecord>();
        foreach (var f in files)
            try { docs.Add(rulesPipeline.ExtractFile(f)); } catch (DecodeException) { }
        var relationHook = new MlRelationClassifier(models.Relations, new RelationCombiner(models.Settings.RelationThreshold));
        var domainHook = new MlTaskDomainClassifier(models.Domains);
        foreach (var d in docs.Take(20)) { relationHook.Classify(d); foreach (var t in d.Tasks) domainHook.Classify(t); } // warm-up
        var predictSw = Stopwatch.StartNew();
        var relCount = 0;
        var taskCount = 0;
        foreach (var d in docs)
        {
            relCount += relationHook.Classify(d).Count;
            foreach (var t in d.Tasks) { domainHook.Classify(t); taskCount++; }
        }
        var predictSeconds = predictSw.Elapsed.TotalSeconds;

        // Extraction with and without the models, interleaved round by round.
        Time(rulesPipeline, files); Time(mlPipeline, files); // warm-up
        var rulesTimes = new List<double>();
        var mlTimes = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            rulesTimes.Add(Time(rulesPipeline, files));
            mlTimes.Add(Time(mlPipeline, files));
            log.WriteLine(string.Create(inv, $"round {r + 1}/{rounds}: rules {rulesTimes[^1]:0.000} s, rules + models {mlTimes[^1]:0.000} s"));
        }
        var rulesMedian = Median(rulesTimes);
        var mlMedian = Median(mlTimes);
        var machine = MachineInfo.Read(repo);

        var sb = new StringBuilder();
        sb.AppendLine("## ML models (issue #7)");
        sb.AppendLine();
        sb.AppendLine(inv, $"- date {machine.Date:yyyy-MM-dd HH:mm} UTC, commit {machine.Commit}, {machine.Cores} cores ({machine.Cpu}), {machine.Memory}, {machine.Runtime}");
        sb.AppendLine(inv, $"- load average {loadBefore} at the start, {MachineInfo.LoadAverage()} at the end");
        sb.AppendLine("- command: `dotnet run -c Release --project tests/KnowledgeGraph.Bench -- ml`");
        sb.AppendLine();
        sb.AppendLine(inv, $"- training (`kg train`: 5-fold threshold search + relation, domain and matching models, seed 1): {string.Join(", ", trainSeconds.Select(s => s.ToString("0.0", inv)))} s");
        sb.AppendLine(inv, $"- model files: {string.Join(", ", sizes.Select(s => $"{s.Item1} {s.Item2 / 1024.0:0.0} KB"))}; total {sizes.Sum(s => s.Item2) / 1024.0:0.0} KB; loading them: {loadSeconds:0.00} s");
        sb.AppendLine(inv, $"- prediction alone over {docs.Count} documents ({relCount} relations, {taskCount} tasks): {predictSeconds:0.000} s, {predictSeconds * 1000 / docs.Count:0.00} ms per document, {predictSeconds * 1e6 / Math.Max(1, relCount + taskCount):0} µs per relation or task");
        sb.AppendLine();
        sb.AppendLine("| full extraction of corpus + seeds, one thread | median s | min–max s | MB/s | documents/s |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        sb.AppendLine(inv, $"| rules only (`new ExtractionPipeline()`) | {rulesMedian:0.000} | {rulesTimes.Min():0.000}–{rulesTimes.Max():0.000} | {bytes / 1e6 / rulesMedian:0.00} | {files.Count / rulesMedian:0.0} |");
        sb.AppendLine(inv, $"| rules + models (`MlExtraction.Pipeline()`, what `kg extract` runs) | {mlMedian:0.000} | {mlTimes.Min():0.000}–{mlTimes.Max():0.000} | {bytes / 1e6 / mlMedian:0.00} | {files.Count / mlMedian:0.0} |");
        sb.AppendLine();
        var ratio = mlMedian / rulesMedian;
        sb.AppendLine(inv, $"The models add {(ratio - 1) * 100:0} % to full extraction (same documents, rounds interleaved). With the models this run reached {bytes / 1e6 / mlMedian:0.00} MB/s: the target of ≥ 5 MB/s per core is {(bytes / 1e6 / mlMedian >= 5 ? "met" : "not met in this run")}.");
        if (QuietRulesRate(repo) is { } quiet)
            sb.AppendLine(inv, $"Rules alone ran at {bytes / 1e6 / rulesMedian:0.00} MB/s here against {quiet:0.00} MB/s in the extract section above: absolute rates follow the machine's load, the ratio holds better. Applied to that rate, extraction with the models would run at about {quiet / ratio:0.0} MB/s (target {(quiet / ratio >= 5 ? "met" : "not met")}).");
        return sb.ToString().TrimEnd();
    }

    /// <summary>The full-extraction rate recorded by the extract benchmark in REPORT.md, if any.</summary>
    private static double? QuietRulesRate(string repo)
    {
        var report = Path.Combine(repo, "tests", "benchmarks", "REPORT.md");
        if (!File.Exists(report)) return null;
        var m = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(report), @"\*\*full extraction: ([0-9.]+) MB/s");
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static double Time(ExtractionPipeline pipeline, List<string> files)
    {
        var sw = Stopwatch.StartNew();
        foreach (var f in files)
            try { pipeline.ExtractFile(f); } catch (DecodeException) { }
        return sw.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
