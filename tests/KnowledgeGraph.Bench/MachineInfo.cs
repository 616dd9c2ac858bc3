using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Bench;

/// <summary>What the numbers were measured on and at which commit: without it they cannot be compared.</summary>
public sealed record MachineInfo(int Cores, string Cpu, string Memory, string Os, string Runtime, string Commit, DateTimeOffset Date)
{
    /// <summary>The 1-minute load average: on a shared 2-core machine it says how much the numbers are worth.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    public static MachineInfo Read(string repo) => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ProcField("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], out var k)
            ? $"{k / 1024.0 / 1024.0:0.0} GiB" : "unknown",
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GitCommit(repo),
        DateTimeOffset.UtcNow);

    private static string? ProcField(string file, string key)
    {
        if (!File.Exists(file)) return null;
        foreach (var line in File.ReadLines(file))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim() == key) return line[(colon + 1)..].Trim();
        }
        return null;
    }

    /// <summary>Short commit id, with "+ uncommitted changes" when the work tree differs from it.</summary>
    private static string GitCommit(string repo)
    {
        var head = Git(repo, "rev-parse", "--short", "HEAD");
        if (head is null) return "unknown (not a git checkout)";
        var dirty = Git(repo, "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrWhiteSpace(dirty) ? head : head + " + uncommitted changes";
    }

    private static string? Git(string repo, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; } // git not installed
    }
}
