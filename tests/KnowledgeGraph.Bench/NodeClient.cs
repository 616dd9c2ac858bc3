using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Bench;

/// <summary>The npm clients of tests/clients (autocannon, soak.mjs) run with node as a second process.</summary>
public static class NodeClient
{
    public static string Folder => Path.Combine(RepoRoot.Find(), "tests", "clients");

    /// <summary>
    /// Runs <c>node SCRIPT ARGS</c> in tests/clients and parses its standard output as JSON. Standard error goes to
    /// <paramref name="progress"/> line by line when given (progress of a long run), else into the error message.
    /// </summary>
    public static async Task<JsonElement> RunJsonAsync(string script, IEnumerable<string> args, TextWriter? progress = null)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "autocannon", "autocannon.js")))
            throw new InvalidOperationException($"{Folder}/node_modules/autocannon is missing: run tests/clients/setup.sh");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var errors = new System.Text.StringBuilder();
        var stderr = Task.Run(async () =>
        {
            while (await p.StandardError.ReadLineAsync() is { } line)
                if (progress is not null) progress.WriteLine(line); else errors.AppendLine(line);
        });
        await p.WaitForExitAsync();
        await stderr;
        if (p.ExitCode != 0) throw new InvalidOperationException($"node {script} failed ({p.ExitCode}): {errors}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }
}
