using System.CommandLine;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The command shape of the benchmarks that load seeds + corpus and put the server under load (api, soak):
/// <c>NAME [--corpus DIR] [--connections N] [--seconds S] [--no-report] [--note TEXT]</c>; the section written to
/// tests/benchmarks/REPORT.md is named after the command.
/// </summary>
public static class CorpusServerBenchCommand
{
    public static Command Build<TResult>(string name, string description, int defaultSeconds,
        Func<IReadOnlyList<string>, int, int, TextWriter, Task<TResult>> run,
        Func<TResult, MachineInfo, string, string?, string> markdown,
        Func<TResult, bool> failed)
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder holding corpus/ and seeds/ (default: <repo>/../shared)" };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections of the load generator (and concurrent store loops)", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds", DefaultValueFactory = _ => defaultSeconds };
        var noReport = new Option<bool>("--no-report") { Description = "Print only; leave tests/benchmarks/REPORT.md alone" };
        var note = new Option<string?>("--note") { Description = "A sentence recorded with the numbers" };
        var cmd = new Command(name, description) { corpus, connections, seconds, noReport, note };
        cmd.SetAction(async (parse, ct) =>
        {
            var repo = RepoRoot.Find();
            var shared = Path.GetFullPath(parse.GetValue(corpus) ?? Path.Combine(repo, "..", "shared"));
            var folders = new[] { Path.Combine(shared, "seeds"), Path.Combine(shared, "corpus") }.Where(Directory.Exists).ToList();
            if (folders.Count == 0) { Console.Error.WriteLine($"error: {shared}: neither seeds/ nor corpus/ is there (use --corpus DIR)"); return 2; }
            var loadBefore = MachineInfo.LoadAverage();
            TResult result;
            try { result = await run(folders, parse.GetValue(connections), parse.GetValue(seconds), Console.Out); }
            catch (InvalidOperationException e) { Console.Error.WriteLine($"error: {e.Message}"); return 1; }
            var section = markdown(result, MachineInfo.Read(repo), $"{loadBefore} at the start, {MachineInfo.LoadAverage()} at the end", parse.GetValue(note));
            Console.Out.WriteLine();
            Console.Out.WriteLine(section);
            if (!parse.GetValue(noReport))
            {
                var report = Path.Combine(repo, "tests", "benchmarks", "REPORT.md");
                ReportFile.UpdateSection(report, name, section);
                Console.Out.WriteLine($"updated {Path.GetRelativePath(repo, report)}");
            }
            return failed(result) ? 1 : 0;
        });
        return cmd;
    }
}
