using KnowledgeGraph.Ingest;
using Xunit;

namespace KnowledgeGraph.Tests.Fuzz;

/// <summary>Inputs the fuzz runs found crashing, kept so that they never crash again.</summary>
public sealed class FuzzRegressionTests
{
    private const char High = '\uD800', Low = '\uDFFF';

    // Built in code: test-case serialisation would mangle lone surrogates written in attributes.
    public static TheoryData<string, string> LoneSurrogates => new()
    {
        // ExtractorFuzzTests, 2026-11-23: a lone surrogate made NFC normalisation throw ArgumentException.
        { $"KẾ HOẠCH {High} Chỉ thị số 27-CT/TW", "KẾ HOẠCH \uFFFD Chỉ thị số 27-CT/TW" },
        { $"{Low}KẾ HOẠCH", "\uFFFDKẾ HOẠCH" },
        { "Kế hoạch 😀" + '\uD83D', "Kế hoạch 😀\uFFFD" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void Lone_surrogates_become_replacement_characters(string raw, string normalised) =>
        Assert.Equal(normalised, TextNormalizer.Normalize(raw));

    [Theory]
    // ExtractorFuzzTests, 2026-11-23: removing a Markdown marker between a letter and its combining mark left the
    // text decomposed (not NFC) after normalisation.
    [InlineData("Kê**\u0301 hoạch", "Kế hoạch")]
    [InlineData("Chi\u200B\u0309 thị", "Chỉ thị")]
    public void Text_is_composed_again_after_markers_are_removed(string raw, string normalised) =>
        Assert.Equal(normalised, TextNormalizer.Normalize(raw));
}
