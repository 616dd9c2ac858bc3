using System.Text.RegularExpressions;
using KnowledgeGraph.Graph.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>Every Cypher statement as golden text with its parameter names; no database needed.</summary>
public sealed partial class CypherStatementsTests
{
    public static TheoryData<string> Names => new(CypherStatements.AllTemplates.Select(t => t.Name));

    private static CypherTemplate Template(string name) => CypherStatements.AllTemplates.Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Statement_text_and_parameters_match_the_golden_file(string name)
    {
        var t = Template(name);
        var parameters = t.Parameters.Count == 0 ? "(none)" : string.Join(", ", t.Parameters);
        var text = $"// parameters: {parameters}\n{t.Text.Trim()}\n";
        Golden.AssertMatches(Path.Combine("Graph", "Cypher", $"{name}.expected.cypher"), text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Values_travel_only_as_declared_parameters(string name)
    {
        var t = Template(name);
        var used = ParameterUse().Matches(t.Text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(t.Parameters.Order(StringComparer.Ordinal), used);
        // No string literals: a value written into the text would be a value not passed as a parameter.
        Assert.DoesNotContain("'", t.Text);
        Assert.DoesNotContain("\"", t.Text);
        // Cypher that runs on both 3.1 and 5.x: the {param} syntax and exists(n.prop) are gone in 5.
        Assert.DoesNotMatch(@"\{\s*[a-zA-Z]+\s*\}", t.Text);
        Assert.DoesNotContain("exists(", t.Text);
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_statement()
    {
        var folder = Path.Combine(RepoPaths.TestsSource, "Golden", "Graph", "Cypher");
        var names = CypherStatements.AllTemplates.Select(t => t.Name + ".expected.cypher").ToHashSet();
        var stale = Directory.GetFiles(folder, "*.expected.cypher").Select(Path.GetFileName).Where(f => !names.Contains(f!)).ToList();
        Assert.Empty(stale);
        Assert.Equal(CypherStatements.AllTemplates.Count, names.Count); // names are unique
    }

    [Fact]
    public void A_statement_refuses_parameters_it_does_not_declare()
    {
        var e = Assert.Throws<ArgumentException>(() => CypherStatements.FindByCode.With(("codeKey", "X")));
        Assert.Contains("takes parameters (codeKey, year, provinceKey)", e.Message);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterUse();
}
