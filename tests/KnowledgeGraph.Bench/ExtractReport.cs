using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench;

/// <summary>The extraction section of tests/benchmarks/REPORT.md.</summary>
public static class ExtractReport
{
    /// <summary>The issue's target for full extraction on one core.</summary>
    public const double TargetMegabytesPerSecond = 5.0;

    public static string Markdown(ExtractResult r, MachineInfo m, string load, string? note = null)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var full = r.Stages.Single(s => s.Name == "full extraction");
        sb.AppendLine("## Extraction throughput (`extract`)");
        sb.AppendLine();
        if (!string.IsNullOrWhiteSpace(note)) sb.AppendLine(c, $"- note: {note}");
        sb.AppendLine(c, $"- date: {m.Date:yyyy-MM-dd HH:mm} UTC; commit: {m.Commit}");
        sb.AppendLine(c, $"- machine: {m.Cores} cores, {m.Cpu}, {m.Memory} RAM; {m.Os}; {m.Runtime}; load average (1 min): {load}");
        sb.AppendLine(c, $"- input: {r.Documents} documents, {r.Bytes / 1e6:0.00} MB (corpus + seeds); one thread; median of {r.Rounds} rounds after a warm-up; times are per pass over the documents");
        sb.AppendLine(c, $"- **full extraction: {full.MegabytesPerSecond:0.00} MB/s, {full.DocumentsPerSecond:0.0} documents/s on one core** " +
                         $"(target ≥ {TargetMegabytesPerSecond:0} MB/s per core: {(full.MegabytesPerSecond >= TargetMegabytesPerSecond ? "met" : "NOT met")})");
        sb.AppendLine();
        sb.AppendLine("| stage (cumulative) | median s | min–max s | MB/s | documents/s | share of full time | allocated MB | errors |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in r.Stages)
            sb.AppendLine(c, $"| {s.Name} | {s.MedianSeconds:0.000} | {s.MinSeconds:0.000}–{s.MaxSeconds:0.000} | {s.MegabytesPerSecond:0.00} | {s.DocumentsPerSecond:0.0} | {s.MedianSeconds / full.MedianSeconds:P0} | {s.AllocatedMegabytes:0} | {s.Errors} |");
        sb.AppendLine();
        sb.AppendLine("Cost of each step alone (difference of neighbouring stages, median rounds):");
        sb.AppendLine();
        for (var i = 1; i < r.Stages.Count; i++)
        {
            var step = r.Stages[i].MedianSeconds - r.Stages[i - 1].MedianSeconds;
            var name = i switch { 1 => "decoding", 2 => "normalising", 3 => "extracting (+ hash)", _ => "cross-document linking in ExtractPaths (SAME_AS)" };
            sb.AppendLine(step > 0.002
                ? string.Create(c, $"- {name}: {step:0.000} s ({step / full.MedianSeconds:P0} of full), alone {r.Bytes / 1e6 / step:0.0} MB/s")
                : string.Create(c, $"- {name}: ≈ 0 s (the difference, {step:0.000} s, is below the noise)"));
        }
        sb.AppendLine();
        sb.AppendLine("Slowest documents in full extraction (last round, mean per pass):");
        sb.AppendLine();
        sb.AppendLine("| document | KB | ms | MB/s |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (var d in r.Slowest)
            sb.AppendLine(c, $"| {d.File} | {d.Bytes / 1024.0:0} | {d.Seconds * 1000:0.0} | {d.Bytes / 1e6 / d.Seconds:0.00} |");
        sb.AppendLine();
        sb.AppendLine("Large inputs made from the corpus, and dense generated ones (best of two runs, one when a run takes over 5 s):");
        sb.AppendLine();
        sb.AppendLine("| input | MB | decode + normalise s | full extraction s | full MB/s | result |");
        sb.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var l in r.Large)
            sb.AppendLine(c, $"| {l.Name} | {l.Bytes / 1e6:0.0} | {l.NormaliseSeconds:0.00} | {l.FullSeconds:0.00} | {l.Bytes / 1e6 / l.FullSeconds:0.00} | {(l.Error is null ? "extracted" : "refused: " + l.Error)} |");
        if (r.Formats.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"The same {r.Formats[0].Documents} documents (seeds + every tenth corpus file) rendered as each format (rates in MB of decoded text: a generated PDF is mostly its embedded font):");
            sb.AppendLine();
            sb.AppendLine("| format | file MB | text MB | decode s | decode MB/s | full extraction s | full MB/s | documents/s |");
            sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var f in r.Formats)
                sb.AppendLine(c, $"| {f.Format} | {f.FileBytes / 1e6:0.00} | {f.TextBytes / 1e6:0.00} | {f.DecodeSeconds:0.000} | {f.TextBytes / 1e6 / f.DecodeSeconds:0.00} | {f.FullSeconds:0.000} | {f.TextBytes / 1e6 / f.FullSeconds:0.00} | {f.Documents / f.FullSeconds:0.0} |");
        }
        return sb.ToString().TrimEnd();
    }
}
