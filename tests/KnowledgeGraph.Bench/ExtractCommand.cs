using System.CommandLine;

namespace KnowledgeGraph.Bench;

/// <summary><c>extract [--corpus DIR] [--rounds N] [--no-report]</c>: extraction throughput on the real corpus.</summary>
public static class ExtractCommand
{
    public static Command Build()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder holding corpus/ and seeds/ (default: <repo>/../shared)" };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds after the warm-up", DefaultValueFactory = _ => 7 };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave tests/benchmarks/REPORT.md alone" };
        var note = new Option<string?>("--note") { Description = "A sentence recorded with the numbers (what changed, what to compare with)" };
        var cmd = new Command("extract", "Decode, normalise and extract the corpus and seeds on one thread; report MB/s and documents/s")
        {
            corpus, rounds, noReport, note,
        };
        cmd.SetAction(parse =>
        {
            var repo = RepoRoot.Find();
            var shared = Path.GetFullPath(parse.GetValue(corpus) ?? Path.Combine(repo, "..", "shared"));
            var folders = new[] { Path.Combine(shared, "corpus"), Path.Combine(shared, "seeds") }.Where(Directory.Exists).ToList();
            if (folders.Count == 0)
            {
                Console.Error.WriteLine($"error: {shared}: neither corpus/ nor seeds/ is there (use --corpus DIR)");
                return 2;
            }
            var n = parse.GetValue(rounds);
            if (n < 1) { Console.Error.WriteLine("error: --rounds must be at least 1"); return 2; }

            var loadBefore = MachineInfo.LoadAverage();
            var result = ExtractBenchmark.Run(folders, n, Console.Out);
            var formats = FormatBenchmark.Run(FormatSample(folders), n, Console.Out);
            var load = $"{loadBefore} at the start, {MachineInfo.LoadAverage()} at the end";
            var section = ExtractReport.Markdown(result with { Formats = formats }, MachineInfo.Read(repo), load, parse.GetValue(note));
            Console.Out.WriteLine();
            Console.Out.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                var report = Path.Combine(repo, "tests", "benchmarks", "REPORT.md");
                ReportFile.UpdateSection(report, "extract", section);
                Console.Out.WriteLine($"updated {Path.GetRelativePath(repo, report)}");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>The seeds and every tenth corpus document: each generated PDF embeds a font, so not all of them.</summary>
    private static List<string> FormatSample(IReadOnlyList<string> folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Where((_, i) => f.EndsWith("seeds", StringComparison.Ordinal) || i % 10 == 0))
            .ToList();
}

/// <summary>The repository root: the nearest folder upwards holding KnowledgeGraph.sln.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "KnowledgeGraph.sln"))) return d.FullName;
        throw new InvalidOperationException("KnowledgeGraph.sln not found above the current folder: run from inside the repository");
    }
}
