using Xunit;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Ui;

/// <summary>
/// The largest cascade of ../shared/corpus renders and stays usable. Time to first draw is measured in the browser
/// and kept in tests/browser/artifacts/timings.json; with KG_UI_RECORD=1 it is also written to
/// tests/benchmarks/REPORT.md (its own marked section). No assertion on speed: speed belongs to the report.
/// </summary>
[Collection("browser")]
public sealed class LargeCascadeUiTests(CorpusServerFixture corpus) : IClassFixture<CorpusServerFixture>
{
    [Fact]
    public void The_largest_cascade_of_the_corpus_renders_every_document_and_answers_selection_and_collapse()
    {
        var largest = corpus.Largest;
        var o = BrowserScenario.Run("large", corpus.Server.BaseUrl, largest.Root.Key);

        var draw = o.GetProperty("draw");
        Assert.Equal(largest.Nodes.Count.ToString(), draw.Text("nodes"));
        Assert.Equal(largest.Nodes.Count, o.GetProperty("outlineCount").GetInt32());
        Assert.StartsWith($"{largest.Nodes.Count}/{largest.Nodes.Count} văn bản", o.Text("status"));
        Assert.StartsWith(o.Text("targetText").Split(" — ")[0].TrimEnd('…'), o.Text("panelHeading")); // the chosen document fills the side panel
        Assert.StartsWith("1/", o.Text("collapsed"));                      // collapsing level 1 leaves the root
        Assert.Empty(o.GetProperty("consoleErrors").Strings());

        var cold = o.GetProperty("cold");
        var timings = new UiTimings(largest.Root.Key, largest.Root.Code ?? largest.Root.Title, int.Parse(cold.Text("firstDrawMs")), largest.Nodes.Count, largest.Edges.Count, largest.Tasks.Count,
            int.Parse(draw.Text("firstDrawMs")), int.Parse(draw.Text("requestMs")), int.Parse(draw.Text("drawMs")),
            o.GetProperty("selectMs").GetInt32(), o.GetProperty("collapseMs").GetInt32(), o.GetProperty("frameMs").GetInt32());
        File.WriteAllText(Path.Combine(BrowserScenario.Artifacts, "timings.json"), JsonSerializer.Serialize(timings, new JsonSerializerOptions { WriteIndented = true }));
        if (Environment.GetEnvironmentVariable("KG_UI_RECORD") == "1") UiReport.Write(Section(timings));
    }

    /// <summary>The list view (shown instead of a graph above 1,500 documents), forced with ?view=list, against the store's cascade.</summary>
    [Fact]
    public void The_list_view_shows_the_counts_of_the_store_pages_of_50_and_filters_by_province()
    {
        var largest = corpus.Largest;
        var o = BrowserScenario.Run("cascade-list", corpus.Server.BaseUrl, largest.Root.Key);

        // Counts per level: the store's nodes grouped by depth.
        var expectedDepths = largest.Nodes.GroupBy(n => n.Depth).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        var shownDepths = o.GetProperty("byDepth").EnumerateArray()
            .Select(d => (d.GetProperty("depth").GetInt32(), int.Parse(d.GetProperty("text").GetString()!.Split(": ")[1].Replace(".", "")))).ToList();
        Assert.Equal(expectedDepths, shownDepths);

        // Pages: 50 first, then more, in the order of the store's nodes (depth, then key), the whole cascade counted.
        Assert.Equal(largest.Nodes.Count, o.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(50, largest.Nodes.Count), o.GetProperty("firstPage").GetInt32());
        Assert.Equal(Math.Min(100, largest.Nodes.Count), o.GetProperty("afterMore").GetInt32());
        var expectedOrder = largest.Nodes.Take(100).Select(n => n.Document.Key).ToList(); // the store's order: depth, then key
        Assert.Equal(expectedOrder, o.GetProperty("rowKeys").Strings());

        // The province filter: as many rows in total as the store's nodes of that province, each of that province.
        var chosen = o.Text("chosen");
        var inProvince = largest.Nodes.Count(n => n.Document.Province == chosen);
        Assert.True(inProvince > 0, $"the chosen province {chosen} has no document in the store's cascade");
        Assert.Equal(inProvince, o.GetProperty("filteredTotal").GetInt32());
        Assert.All(o.GetProperty("filteredProvinces").Strings(), p => Assert.Equal(chosen, p));
        Assert.Contains("province=", o.Text("url"));

        // The link back draws the graph of the whole cascade.
        Assert.Equal(largest.Nodes.Count, o.GetProperty("graphNodes").GetInt32());
        Assert.Empty(o.GetProperty("consoleErrors").Strings());
    }

    private static string Section(UiTimings t) => string.Join("\n",
        "## Web UI: largest cascade in the browser (`LargeCascadeUiTests`)",
        "",
        "Written by `KG_UI_RECORD=1 dotnet test tests/KnowledgeGraph.Tests -c Release --filter FullyQualifiedName~LargeCascadeUiTests`:",
        "the corpus and the seeds ingested, `kg serve` on 127.0.0.1, Debian's Chromium (headless, 1366×768) through playwright-core.",
        "The largest cascade is found in the store (the 40 documents with the most incoming IMPLEMENTS / BASED_ON / GUIDES / ISSUES",
        "edges, each measured by the store's cascade with default options: depth 5).",
        "",
        $"- date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; commit: {UiReport.Commit()}; machine: {Environment.ProcessorCount} cores; load average (1 min): {UiReport.Load()}",
        $"- cascade of {t.Name ?? t.Root} (`{t.Root}`): {t.Documents} documents, {t.Relations} relations, {t.Tasks} tasks",
        $"- **time to first draw: {t.FirstDrawMs} ms** from navigation start, page loaded a second time (page load, GraphQL request {t.RequestMs} ms, layout (dagre, or level rows when a level holds more than 14 documents) and first canvas frame {t.LayoutAndDrawMs} ms)",
        $"- first load on a freshly started server (JIT, cold caches): {t.ColdFirstDrawMs} ms",
        $"- after drawing: selecting a document from the outline fills the side panel in {t.SelectMs} ms, collapsing level 1 takes {t.CollapseMs} ms, two animation frames {t.FrameMs} ms (round trips through playwright included)",
        "");
}

/// <summary>What the browser measured on the largest cascade (milliseconds).</summary>
public sealed record UiTimings(string Root, string? Name, int ColdFirstDrawMs, int Documents, int Relations, int Tasks,
    int FirstDrawMs, int RequestMs, int LayoutAndDrawMs, int SelectMs, int CollapseMs, int FrameMs);

/// <summary>Writes the UI section of tests/benchmarks/REPORT.md between its markers, keeping the rest.</summary>
public static class UiReport
{
    private const string Start = "<!-- bench:ui:start -->", End = "<!-- bench:ui:end -->";

    public static void Write(string section)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "benchmarks", "REPORT.md");
        var text = File.ReadAllText(path);
        var block = $"{Start}\n{section}{End}";
        var i = text.IndexOf(Start, StringComparison.Ordinal);
        var j = text.IndexOf(End, StringComparison.Ordinal);
        text = i >= 0 && j > i ? text[..i] + block + text[(j + End.Length)..] : text.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, text);
    }

    public static string Commit()
    {
        try
        {
            var psi = new ProcessStartInfo("git", "rev-parse --short HEAD") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true };
            using var p = Process.Start(psi)!;
            var s = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return s.Length > 0 ? s : "unknown";
        }
        catch (System.ComponentModel.Win32Exception) { return "unknown"; }
    }

    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
