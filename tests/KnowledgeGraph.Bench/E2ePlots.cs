using ScottPlot;

namespace KnowledgeGraph.Bench;

/// <summary>PNG plots of the e2e runs against N (ScottPlot 5): time, memory, latency.</summary>
public static class E2ePlots
{
    public static void Write(IReadOnlyList<E2eResult> results, string folder)
    {
        if (results.Count == 0) return;
        var n = results.Select(r => (double)r.Documents).ToArray();

        Save(Path.Combine(folder, "e2e-time.png"), "Embedded store: time against N", "documents", "seconds", n,
            ("ingest end to end", results.Select(r => r.IngestSeconds)),
            ("load (inside the store)", results.Select(r => r.LoadSeconds)),
            ("index (inside Lucene)", results.Select(r => r.IndexSeconds)),
            ("extraction alone", results.Select(r => r.ExtractSeconds)));
        Save(Path.Combine(folder, "e2e-memory.png"), "Embedded store: memory and disk against N", "documents", "MB", n,
            ("peak working set during ingest", results.Select(r => r.PeakWorkingSetMB)),
            ("store on disk", results.Select(r => r.StoreMB)),
            ("index on disk", results.Select(r => r.IndexMB)));
        Save(Path.Combine(folder, "e2e-latency.png"), "Embedded store: p99 latency against N", "documents", "ms", n,
            ("cascade, 10 clients", results.Select(r => r.Cascade10P99)),
            ("cascade, 1 client", results.Select(r => r.CascadeP99)),
            ("lineage", results.Select(r => r.LineageP99)),
            ("search", results.Select(r => r.SearchP99)),
            ("lookup by code", results.Select(r => r.LookupP99)));
    }

    private static void Save(string path, string title, string x, string y, double[] n, params (string Label, IEnumerable<double> Values)[] series)
    {
        var plot = new Plot();
        foreach (var (label, values) in series)
        {
            var s = plot.Add.Scatter(n, values.ToArray());
            s.LegendText = label;
            s.MarkerSize = 7;
        }
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 640, 420);
    }
}
