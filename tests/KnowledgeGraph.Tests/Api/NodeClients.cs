using System.Diagnostics;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Runs the npm clients of tests/clients with node; fails with what to do when node or the packages are missing.</summary>
public static class NodeClients
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "clients");

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string script, params string[] args)
    {
        foreach (var package in new[] { "graphql", "graphql-http", "autocannon" })
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", package)))
                throw new InvalidOperationException($"npm package {package} is missing from {Folder}/node_modules: run tests/clients/setup.sh");
        var psi = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start node ({e.Message}): install Node 20 or later, then run tests/clients/setup.sh");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout, await stderr);
        }
    }
}
