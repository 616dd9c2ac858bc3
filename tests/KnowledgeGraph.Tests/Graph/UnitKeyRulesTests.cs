using System.Text.RegularExpressions;
using KnowledgeGraph.Graph.Keys;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>The unit-name rule file checked against its own examples, plus the cases the code adds.</summary>
public sealed class UnitKeyRulesTests
{
    public static TheoryData<string, string, string?, string> RewriteExamples()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var r in UnitKeyRules.Embedded.Rewrites)
            foreach (var e in r.Examples) data.Add(r.Id, e.Name, e.Province, e.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(RewriteExamples))]
    public void Every_rule_example_gives_its_key(string rule, string name, string? province, string key) =>
        Assert.True(key == UnitKeys.Key(name, province), $"rule {rule}: '{name}' in {province ?? "(central)"} gave '{UnitKeys.Key(name, province)}', expected '{key}'");

    [Fact]
    public void Every_rewrite_rule_has_an_example_that_it_changes()
    {
        foreach (var r in UnitKeyRules.Embedded.Rewrites)
        {
            Assert.NotEmpty(r.Examples);
            var pattern = new Regex(r.Pattern);
            Assert.True(r.Examples.Any(e => pattern.IsMatch(TextFold.Lower(e.Name))), $"rule {r.Id}: no example matches its pattern");
        }
    }

    public static TheoryData<string, string, string> LevelExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var l in UnitKeyRules.Embedded.Levels)
        {
            foreach (var e in l.Examples) data.Add(l.Level, e, "is");
            foreach (var e in l.CounterExamples) data.Add(l.Level, e, "is not");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LevelExamples))]
    public void Level_rule_examples_and_counter_examples_hold(string level, string name, string relation)
    {
        var actual = UnitKeys.Level(UnitKeys.NormalizeName(name, "Lạng Sơn"), "Lạng Sơn");
        Assert.True((actual == level) == (relation == "is"), $"'{name}' {relation} {level}, but got {actual}");
    }

    [Theory]
    [InlineData("Sở Tài chính", "Lạng Sơn", "Sở Tài chính", "Hải Phòng", false)] // same name, other province: other unit
    [InlineData("Sở Tài chính", "Lạng Sơn", "SỞ TÀI CHÍNH", "tỉnh Lạng Sơn", true)] // case and "tỉnh" in the province
    [InlineData("Sở Tài chính", "Lạng Sơn", "Sở Tài chính tỉnh Lạng Sơn", "Lạng Sơn", true)]
    [InlineData("UBND tỉnh", "Lạng Sơn", "Uỷ ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn", true)]
    [InlineData("Sở GD&ĐT", "Lạng Sơn", "Sở Giáo dục và Đào tạo", "Lạng Sơn", true)]
    [InlineData("UBND các huyện, thành phố", "Lạng Sơn", "UBND các xã, phường", "Lạng Sơn", false)]
    [InlineData("Bộ Tài chính", null, "Bộ  Tài   chính", null, true)]
    public void Names_that_mean_the_same_unit_get_the_same_key(string a, string? pa, string b, string? pb, bool same) =>
        Assert.Equal(same, UnitKeys.Key(a, pa) == UnitKeys.Key(b, pb));

    [Fact]
    public void Decomposed_input_gives_the_same_key_as_composed()
    {
        var nfd = "Sở Tài chính".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(UnitKeys.Key("Sở Tài chính", "Lạng Sơn"), UnitKeys.Key(nfd, "Lạng Sơn".Normalize(System.Text.NormalizationForm.FormD)));
    }
}
