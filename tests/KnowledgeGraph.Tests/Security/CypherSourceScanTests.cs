using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Graph;
using Xunit;

namespace KnowledgeGraph.Tests.Security;

/// <summary>
/// No Cypher is built from user input: the source is scanned. Cypher text lives only in CypherStatements.cs, and
/// every hole interpolated into it is one of the schema constants listed here (labels, edge types, property names,
/// version numbers); values travel as $parameters (checked per statement by CypherStatementsTests).
/// </summary>
public sealed partial class CypherSourceScanTests
{
    private static readonly string StatementsFile = Path.Combine("graph", "KnowledgeGraph.Graph", "Neo4j", "CypherStatements.cs");

    /// <summary>Interpolated expressions allowed in Cypher text: all are compile-time schema names or derived from them.</summary>
    private static readonly Regex AllowedHole = new(
        @"^(?:Prop\.\w+|EdgeType\.\w+|NodeLabel\.\w+|Document|Unit|Person|Task|Target|DocumentProjection|DocumentFilter(?:Plain|After)|RefreshCitedTail|RefreshNamedTail" +
        @"|label|label\[1\.\.\]|char\.ToLowerInvariant\(label\[0\]\)|name|property|Math\.Min\(Math\.Max\(major, 3\), 5\)" +
        @"|kind\.(?:Type|FromLabel|ToLabel)|f\.(?:Edge|Node)|f|extra|refs|edge|edgeType" +
        // property lists of the schema, copied from the best-ranked edge variable "best"
        @"|SetFrom\(""best"", Prop\.CitedDocumentFields\)|SetFrom\(""best"", Prop\.NamedFields\.Select\(f => \(f, f\)\)\.ToList\(\)\))$");

    private static IEnumerable<string> SourceFiles() =>
        new[] { "graph", "api", "ingest" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Cypher_text_appears_only_in_the_statements_file()
    {
        var offenders = SourceFiles()
            .Where(f => !f.EndsWith(StatementsFile, StringComparison.Ordinal))
            .Where(f => CypherClause().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f)).ToList();
        Assert.True(SourceFiles().Any(f => f.EndsWith(StatementsFile, StringComparison.Ordinal)), "statements file not found");
        Assert.True(offenders.Count == 0, "Cypher outside CypherStatements.cs: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_interpolated_hole_in_Cypher_is_a_schema_constant()
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, StatementsFile));
        var holes = RawHole().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(PlainHole().Matches(source).Select(m => m.Groups[1].Value))
            .Select(h => h.Trim())
            .Where(h => !h.Contains('\n') && !h.StartsWith('"')) // the projection's C# collection initialiser, not a hole
            .Distinct().ToList();
        Assert.NotEmpty(holes);
        var unknown = holes.Where(h => !AllowedHole.IsMatch(h)).ToList();
        Assert.True(unknown.Count == 0, "Interpolated into Cypher but not a schema constant: " + string.Join(" | ", unknown));
    }

    [Theory]
    [InlineData("var q = $\"MATCH (d {{key: '{userText}'}}) RETURN d\";", true)]
    [InlineData("const string Q = \"MERGE (n:Document {key: $key})\";", true)]
    [InlineData("var s = \"UNWIND $rows AS r\";", true)]
    [InlineData("// the cascade walks IMPLEMENTS edges", false)]
    [InlineData("Console.WriteLine(\"match the code\");", false)]
    public void The_scanner_sees_Cypher_in_a_line(string line, bool isCypher) =>
        Assert.Equal(isCypher, CypherClause().IsMatch(line));

    [Theory]
    [InlineData("Prop.Key", true)]
    [InlineData("EdgeType.Implements", true)]
    [InlineData("request.Query", false)]
    [InlineData("code", false)]
    [InlineData("string.Join(\",\", keys)", false)]
    public void Only_schema_constants_pass_the_hole_check(string hole, bool allowed) =>
        Assert.Equal(allowed, AllowedHole.IsMatch(hole));

    [GeneratedRegex(@"\b(?:MATCH|MERGE|CREATE|OPTIONAL MATCH)\s*\(|\bUNWIND\s+\$|\bDETACH DELETE\b")]
    private static partial Regex CypherClause();

    [GeneratedRegex(@"\{\{([^{}]+)\}\}")]
    private static partial Regex RawHole();

    [GeneratedRegex(@"(?<![{$])\{([^{}""]+)\}(?!\})")]
    private static partial Regex PlainHole();
}
