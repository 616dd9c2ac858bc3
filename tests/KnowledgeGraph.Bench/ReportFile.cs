namespace KnowledgeGraph.Bench;

/// <summary>
/// tests/benchmarks/REPORT.md: a fixed header, then one section per benchmark between marker comments.
/// A run replaces its own section and leaves the others (written by other benchmarks) alone.
/// </summary>
public static class ReportFile
{
    public const string Header = """
        # Benchmark report

        Numbers in this file are written by the benchmark project, not by hand:

            dotnet run -c Release --project tests/KnowledgeGraph.Bench -- extract [--corpus DIR] [--rounds N]

        How they are produced:
        - Input: the real documents in `<repo>/../shared/corpus` and `<repo>/../shared/seeds` (never copied into
          the repository). Files are read from disk on each round (the page cache holds them after the warm-up).
        - One thread, Release build, one warm-up round per stage (JIT, regex compilation), then N measured rounds
          (default 7), each repeating the documents until it lasts about a second; each stage's median round is reported with the min–max range.
        - Stages are cumulative (read → decode → normalise → extract) and interleaved in each round, so the cost
          of a step is the difference between neighbouring stages, measured in the same run on the same machine.
        - MB is 10^6 bytes of input file; MB/s and documents/s are input size or count over wall time.
        - Each section records the date, the git commit, the cores, the CPU model and the memory: compare numbers
          only between runs on the same kind of machine. The build machine has 2 cores shared with other builds:
          the load average recorded with each run says how busy it was (above 2, other processes took CPU time
          and all rates are low). Ratios between stages of one run hold better than absolute rates, because
          the stages are interleaved round by round.
        - Formats: the corpus is Markdown text, so the seeds and every tenth corpus file are also rendered as
          .docx and .pdf at run time (PDF in DejaVu Sans from fonts-dejavu-core) and timed per format; those
          rates are in MB of decoded text, since a PDF's size is mostly its embedded font.
        - The target from the issue is ≥ 5 MB/s per core for full extraction.
        """;

    public static void UpdateSection(string path, string name, string markdown)
    {
        var start = $"<!-- bench:{name}:start -->";
        var end = $"<!-- bench:{name}:end -->";
        var block = $"{start}\n{markdown}\n{end}";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = File.Exists(path) ? File.ReadAllText(path) : Header + "\n";
        var s = text.IndexOf(start, StringComparison.Ordinal);
        var e = text.IndexOf(end, StringComparison.Ordinal);
        text = s >= 0 && e > s
            ? text[..s] + block + text[(e + end.Length)..]
            : text.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, text);
    }
}
