using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Ingest.Decoding;

namespace KnowledgeGraph.Bench;

/// <summary>
/// Runs the corpus through cumulative stages (read → decode → normalise → extract) on the calling thread,
/// so each stage's cost is the difference between neighbours, all measured in the same process and run.
/// One warm-up round per stage (JIT, regex compilation, page cache), then the measured rounds (each repeating
/// the documents until it lasts about a second), stages
/// interleaved within each round so that machine noise hits all of them alike. The median round counts.
/// </summary>
public static class ExtractBenchmark
{
    private sealed record Stage(string Name, string Does, Func<string, long> Work);

    public static ExtractResult Run(IReadOnlyList<string> folders, int rounds, TextWriter log)
    {
        var registry = DecoderRegistry.Default;
        var pipeline = new ExtractionPipeline(registry);
        var files = folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(registry.CanDecode)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        log.WriteLine($"{files.Count} documents, {bytes / 1e6:0.00} MB from {string.Join(", ", folders)}");

        Stage[] stages =
        [
            new("read", "File.ReadAllBytes: the I/O floor", f => File.ReadAllBytes(f).Length),
            new("decode", "DecoderRegistry.DecodeFile (read + UTF-8/PDF/DOCX decoding)", f => registry.DecodeFile(f).Length),
            new("decode + normalise", "decode, then TextNormalizer.Normalize", f => TextNormalizer.Normalize(registry.DecodeFile(f)).Length),
            new("full extraction", "ExtractionPipeline.ExtractFile: decode, normalise, extract, hash", f => Consume(pipeline.ExtractFile(f))),
        ];

        foreach (var s in stages) RunRound(s, files, 1, perFile: null); // warm-up
        // The corpus takes a fraction of a second; a round repeats it until full extraction lasts about a
        // second, so that timer resolution and scheduler noise stay small against the round.
        var repeats = (int)Math.Clamp(Math.Ceiling(1.0 / RunRound(stages[^1], files, 1, null).Seconds), 1, 50);
        log.WriteLine($"each round passes over the documents {repeats} times");
        var samples = stages.ToDictionary(s => s.Name, _ => new List<RoundSample>());
        var perFile = new Dictionary<string, double>();
        for (var r = 1; r <= rounds; r++)
        {
            foreach (var s in stages)
            {
                var sample = RunRound(s, files, repeats, s == stages[^1] && r == rounds ? perFile : null);
                samples[s.Name].Add(sample);
                log.WriteLine($"round {r}/{rounds}  {s.Name,-20} {sample.Seconds,8:0.000} s  {bytes / 1e6 / sample.Seconds,8:0.00} MB/s  errors {sample.Errors}");
            }
        }

        var results = stages.Select(s => StageResult.From(s.Name, s.Does, samples[s.Name], bytes, files.Count)).ToList();

        // What `kg extract FOLDER` runs: per-file extraction plus the cross-document step (SAME_AS linking).
        var paths = new List<RoundSample>();
        for (var r = 0; r < Math.Max(3, rounds / 2); r++)
        {
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            var outcome = pipeline.ExtractPaths(folders);
            paths.Add(new RoundSample(sw.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated, outcome.Errors.Count));
        }
        results.Add(StageResult.From("ExtractPaths (kg extract)", "ExtractionPipeline.ExtractPaths over the folders: full extraction + cross-document linking", paths, bytes, files.Count));
        log.WriteLine($"ExtractPaths: {results[^1].MedianSeconds:0.000} s");
        var slowest = perFile.OrderByDescending(kv => kv.Value).Take(5)
            .Select(kv => new SlowDocument(Path.GetRelativePath(Path.GetDirectoryName(folders[0])!, kv.Key), new FileInfo(kv.Key).Length, kv.Value))
            .ToList();
        var large = LargeInputs(files, stages[2], stages[3], log);
        return new ExtractResult(files.Count, bytes, rounds, results, slowest, large, []);
    }

    /// <summary>One round: <paramref name="repeats"/> passes; times are per pass, so MB/s needs no correction.</summary>
    private static RoundSample RunRound(Stage stage, List<string> files, int repeats, Dictionary<string, double>? perFile)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        long sink = 0;
        var errors = 0;
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < repeats; pass++)
            foreach (var f in files)
            {
                var start = total.Elapsed;
                try { sink += stage.Work(f); }
                catch (DecodeException) { errors++; }
                if (perFile is not null) perFile[f] = perFile.GetValueOrDefault(f) + (total.Elapsed - start).TotalSeconds / repeats;
            }
        total.Stop();
        GC.KeepAlive(sink);
        return new RoundSample(total.Elapsed.TotalSeconds / repeats, (GC.GetAllocatedBytesForCurrentThread() - allocated) / repeats, errors / repeats);
    }

    private static long Consume(KnowledgeGraph.Ingest.Model.DocumentRecord d) =>
        d.Text!.Length + d.Citations.Count + d.Relations.Count + d.Tasks.Count + d.Targets.Count;

    /// <summary>
    /// Inputs far larger than a plan, made from the corpus itself so their text is realistic: the corpus
    /// concatenated up to the registry's text limit (the largest accepted document), the same to 50 MiB (which
    /// must be refused, in the time decoding takes), and 1 Mi characters with the line breaks removed.
    /// </summary>
    private static List<LargeInput> LargeInputs(List<string> files, Stage normalise, Stage full, TextWriter log)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var texts = files.Where(f => Path.GetExtension(f) is ".txt" or ".md").Select(File.ReadAllText).ToList();
            var atLimit = Path.Combine(dir, "corpus-at-limit.txt");
            File.WriteAllText(atLimit, Concatenated(texts, DecoderRegistry.MaxTextChars), new UTF8Encoding(false));
            var fifty = Path.Combine(dir, "corpus-50MiB.txt");
            using (var w = new StreamWriter(fifty, false, new UTF8Encoding(false)))
            {
                long written = 0;
                for (var i = 0; written < 50L * 1024 * 1024; i++)
                {
                    var t = texts[i % texts.Count];
                    w.Write(t);
                    w.Write('\n');
                    written += Encoding.UTF8.GetByteCount(t) + 1;
                }
            }
            var line = Path.Combine(dir, "one-line.txt");
            File.WriteAllText(line, Concatenated(texts, 1024 * 1024).Replace('\r', ' ').Replace('\n', ' '), new UTF8Encoding(false));

            // Dense inputs: every line a citation, or every line an assignment, the extractors' worst cases.
            var codes = Path.Combine(dir, "codes.txt");
            File.WriteAllText(codes, "KẾ HOẠCH\n" + string.Concat(Enumerable.Range(1, 5000).Select(i =>
                $"- Căn cứ Quyết định số {i}/QĐ-UBND ngày {1 + i % 28:00}/{1 + i % 12:00}/2025 của UBND tỉnh Lạng Sơn;\n")), new UTF8Encoding(false));
            var tasks = Path.Combine(dir, "tasks.txt");
            File.WriteAllText(tasks, "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n" + string.Concat(Enumerable.Range(1, 3000).Select(i =>
                $"{i}. Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát, báo cáo UBND tỉnh trước ngày 30/11 hàng năm.\n")), new UTF8Encoding(false));

            var results = new List<LargeInput>();
            foreach (var (name, path) in new[]
                     {
                         ($"corpus concatenated to the {DecoderRegistry.MaxTextChars:N0}-character limit", atLimit),
                         ("corpus concatenated to 50 MiB", fifty),
                         ("1 Mi characters on one line", line),
                         ("5,000 citations, one a line", codes),
                         ("3,000 numbered assignments", tasks),
                     })
            {
                var size = new FileInfo(path).Length;
                var n = Time(normalise, path);
                var x = Time(full, path);
                log.WriteLine($"{name}: decode + normalise {n.Seconds:0.00} s, full {x.Seconds:0.00} s{(x.Error is null ? "" : " refused: " + x.Error)}");
                results.Add(new LargeInput(name, size, n.Seconds, x.Seconds, x.Error ?? n.Error));
            }
            return results;
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>Corpus texts one after another, cut at <paramref name="chars"/> characters.</summary>
    private static string Concatenated(List<string> texts, int chars)
    {
        var sb = new StringBuilder(chars + 1024);
        for (var i = 0; sb.Length < chars; i++) sb.Append(texts[i % texts.Count]).Append('\n');
        return sb.ToString(0, chars);
    }

    /// <summary>Best of two runs (the first of a large input also pays for growing the GC heap), one when slow.</summary>
    private static (double Seconds, string? Error) Time(Stage stage, string path)
    {
        var best = double.MaxValue;
        for (var run = 0; run == 0 || (run < 2 && best <= 5); run++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            try { stage.Work(path); }
            catch (DecodeException e) { return (sw.Elapsed.TotalSeconds, e.Problem); }
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return (best, null);
    }
}

public sealed record RoundSample(double Seconds, long AllocatedBytes, int Errors);

public sealed record StageResult(string Name, string Does, double MedianSeconds, double MinSeconds, double MaxSeconds,
    double MegabytesPerSecond, double DocumentsPerSecond, double AllocatedMegabytes, int Errors)
{
    public static StageResult From(string name, string does, List<RoundSample> samples, long bytes, int documents)
    {
        var sorted = samples.OrderBy(s => s.Seconds).ToList();
        var median = sorted[sorted.Count / 2];
        return new StageResult(name, does, median.Seconds, sorted[0].Seconds, sorted[^1].Seconds,
            bytes / 1e6 / median.Seconds, documents / median.Seconds, median.AllocatedBytes / 1e6, median.Errors);
    }
}

public sealed record SlowDocument(string File, long Bytes, double Seconds);

public sealed record LargeInput(string Name, long Bytes, double NormaliseSeconds, double FullSeconds, string? Error);

public sealed record ExtractResult(int Documents, long Bytes, int Rounds, List<StageResult> Stages,
    List<SlowDocument> Slowest, List<LargeInput> Large, List<FormatResult> Formats);
