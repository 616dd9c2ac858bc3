using KnowledgeGraph.Graph.Analysis;
using KnowledgeGraph.Graph.Model;
using Xunit;

namespace KnowledgeGraph.Tests.Perf;

/// <summary>
/// Coverage now reads the cascade without tasks plus only the task→unit rows; it must give exactly what the
/// definition gives (the whole cascade with its tasks, the tree, units grouped per province from whole tasks in
/// task order), on the dense graph with merged provinces and one unit written two ways.
/// </summary>
public sealed class CoverageEquivalenceTests(DenseGraphFixture graph) : IClassFixture<DenseGraphFixture>
{
    [Theory]
    [InlineData("doc-00000", null)]
    [InlineData("doc-00003", null)]
    [InlineData("doc-00061", null)]
    [InlineData("doc-00000", "2021-06-30")]
    [InlineData("doc-00005", "2023-01-01")]
    public async Task Coverage_equals_the_definition_over_the_whole_cascade(string root, string? asOf)
    {
        var date = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var expected = await DefinitionAsync(root, date);
        var actual = await new CascadeAnalyst(graph.Store).CoverageAsync(root, date);
        Assert.Equal(DenseGraph.Canonical(expected), DenseGraph.Canonical(actual));
        Assert.NotEmpty(actual!.CoveredProvinces);
        Assert.Contains(actual.Provinces, p => p.Units.Count > 0);
    }

    [Fact]
    public async Task A_unit_written_two_ways_keeps_the_spelling_of_its_first_task()
    {
        var c = await new CascadeAnalyst(graph.Store).CoverageAsync("doc-00000");
        var names = c!.Provinces.SelectMany(p => p.Units).Where(u => u.Key == "unit-7").Select(u => u.Name).Distinct().ToList();
        Assert.Equal(2, names.Count);
    }

    /// <summary>Coverage as it was computed before: the full cascade (tasks included), its tree, units from whole tasks.</summary>
    private async Task<CoverageResult?> DefinitionAsync(string rootKey, DateOnly? asOf)
    {
        var cascade = await graph.Store.CascadeAsync(rootKey, new CascadeOptions { Direction = CascadeDirection.Down, MaxDepth = CascadeAnalyst.DefaultDepth });
        if (cascade is null) return null;
        if (asOf is { } d) cascade = CascadeTree.AsOf(cascade, d);
        var tree = CascadeTree.Build(cascade);
        var byProvince = tree
            .Where(l => l.Depth > 0 && l.Document.Ingested && ProvinceMap.Successor(l.Document.Province) is not null)
            .GroupBy(l => ProvinceMap.Successor(l.Document.Province)!)
            .ToDictionary(g => g.Key, g => g.ToList());
        var provinces = ProvinceMap.Current.Select(p =>
        {
            var links = byProvince.GetValueOrDefault(p) ?? [];
            var keys = links.Select(l => l.Document.Key).ToHashSet(StringComparer.Ordinal);
            var units = cascade.Tasks.Where(t => keys.Contains(t.Document))
                .SelectMany(t => t.Lead.Concat(t.Support))
                .GroupBy(u => u.Key, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
            return new ProvinceCoverage(p, links.Count > 0, ProvinceMap.Predecessors(p),
                links.OrderBy(l => l.Document.Key, StringComparer.Ordinal)
                    .Select(l => new CoverageEvidence(l.Document, l.Depth, l.Parent, l.Edge?.Type, l.Edge?.Evidence.Sentence, l.Edge?.Evidence.Source)).ToList(),
                units);
        }).ToList();
        return new CoverageResult(cascade.Root, asOf, provinces);
    }
}
