using System.Globalization;

namespace KnowledgeGraph.Bench;

/// <summary>
/// CPU seconds a local server process (the Neo4j JVM, by the pid neo4j.sh printed) has used, from /proc/PID/stat.
/// On a shared machine the wall time of a load depends on how much CPU the server got; rows per server CPU-second
/// does not, so the loader and the anchor can be compared even when the machine is busy.
/// </summary>
public sealed class ServerCpu(int pid)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux

    public int Pid => pid;

    public double Seconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may hold spaces) in parentheses: utime is the 12th, stime the 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public static ServerCpu? For(int? pid)
    {
        if (pid is not { } p) return null;
        if (!File.Exists($"/proc/{p}/stat")) throw new ArgumentException($"--neo4j-pid {p}: no such process (give the pid neo4j.sh start printed)");
        return new ServerCpu(p);
    }
}
