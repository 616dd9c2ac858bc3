using Xunit;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui;

/// <summary>
/// Runs one scenario of tests/browser (node + playwright-core + Debian's /usr/bin/chromium) against a server and
/// returns what the page showed. Missing prerequisites fail with the command that installs them, never a skip.
/// </summary>
public static class BrowserScenario
{
    public static string BrowserFolder => Path.Combine(RepoPaths.Root, "tests", "browser");

    /// <summary>Screenshots and downloads of the last run (gitignored).</summary>
    public static string Artifacts => Path.Combine(BrowserFolder, "artifacts");

    private const string Setup = "bash tests/browser/setup.sh";

    public static void RequirePrerequisites()
    {
        if (!File.Exists("/usr/bin/chromium"))
            Assert.Fail($"/usr/bin/chromium is missing: the browser tests need Debian's Chromium. Run `{Setup}`.");
        if (!File.Exists(Path.Combine(BrowserFolder, "node_modules", "playwright-core", "package.json")))
            Assert.Fail($"tests/browser/node_modules/playwright-core is missing. Run `{Setup}`.");
    }

    /// <summary>The scenario's observations (the "observed" object of its JSON line); fails with its error otherwise.</summary>
    public static JsonElement Run(string scenario, string baseUrl, string? key = null)
    {
        RequirePrerequisites();
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = BrowserFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { "run.mjs", scenario, "--base", baseUrl, "--out", Artifacts }) psi.ArgumentList.Add(a);
        if (key is not null) { psi.ArgumentList.Add("--key"); psi.ArgumentList.Add(key); }
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException($"node could not be started ({e.Message}); install Node.js 20+ and run `{Setup}`", e); }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail($"browser scenario {scenario} did not finish within 3 minutes");
            }
            var line = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            JsonElement result;
            try { result = JsonDocument.Parse(line).RootElement; }
            catch (JsonException) { Assert.Fail($"browser scenario {scenario} printed no result (exit {p.ExitCode}):\n{stdout.Result}\n{stderr.Result}"); throw; }
            if (!result.GetProperty("ok").GetBoolean())
                Assert.Fail($"browser scenario {scenario} failed (screenshot in {Artifacts}):\n{result}\n{stderr.Result}");
            return result.GetProperty("observed");
        }
    }

    public static IReadOnlyList<string> Strings(this JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString() ?? "")];

    public static string Text(this JsonElement e, string property) => e.GetProperty(property).GetString() ?? "";
}
