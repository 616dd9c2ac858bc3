using KnowledgeGraph.Search.Codes;
using Xunit;

namespace KnowledgeGraph.Tests.Search;

/// <summary>The code shapes of code-shapes.json agree with their examples and counter-examples.</summary>
public class CodeShapesTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var shape in CodeShapes.Default.File.Shapes)
            foreach (var e in shape.Examples) data.Add(e.Text, e.Canonical);
        return data;
    }

    public static TheoryData<string> CounterExamples() => new(CodeShapes.Default.File.CounterExamples);

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleIsRecognisedWholeAndCanonicalised(string text, string canonical)
    {
        var found = CodeShapes.Default.Find($"xem {text} về").ToList();
        Assert.Single(found);
        Assert.Equal(text, found[0].Text);
        Assert.Equal(canonical, DocumentCode.Canonical(found[0].Text));
    }

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void CounterExampleHoldsNoCode(string text) => Assert.Empty(CodeShapes.Default.Find(text));

    [Theory]
    [InlineData("Quyết định 806/QĐ-TTg và Chỉ thị 27-CT/TW", "806/QĐ-TTg|27-CT/TW")]
    [InlineData("theo 60/2021/NĐ-CP, 64/2025/QH15.", "60/2021/NĐ-CP|64/2025/QH15")]
    [InlineData("\"806/QĐ-TTg\"", "806/QĐ-TTg")]
    public void SeveralCodesInOneText(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', CodeShapes.Default.Find(text).Select(c => c.Text)));

    [Theory]
    [InlineData("806/QĐ-TTg", "806")]
    [InlineData("08/CT-TTg", "8")]
    [InlineData("27-CT/TW", "27")]
    [InlineData("60/2021/NĐ-CP", "60")]
    [InlineData("Kế hoạch", null)]
    public void NumberPart(string code, string? number) => Assert.Equal(number, DocumentCode.Number(code));
}
