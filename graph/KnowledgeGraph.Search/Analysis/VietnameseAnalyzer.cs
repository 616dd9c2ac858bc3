using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KnowledgeGraph.Search.Analysis;

/// <summary>
/// Phân tích tiếng Việt (Vietnamese analysis) for the search index. One class, two modes, one chain:
/// <list type="number">
/// <item><see cref="NfcCharFilter"/>: NFC and Ð→Đ, first, because decomposed marks would otherwise be split
///   off by the tokenizer or survive folding as stray characters.</item>
/// <item><see cref="StandardTokenizer"/> (UAX #29 word breaks): Vietnamese is written one syllable a word,
///   so tokens are syllables ("lãng", "phí"); codes break at / and - ("806/QĐ-TTg" → 806, qđ, ttg), which
///   is why codes also get keyword fields of their own.</item>
/// <item><see cref="LowerCaseFilter"/>.</item>
/// <item><see cref="ASCIIFoldingFilter"/>, <see cref="VietnameseAnalyzerMode.Folded"/> mode only: strips the
///   diacritics and maps đ→d, so "lang phi" finds "lãng phí".</item>
/// </list>
/// The index holds each text twice, folded and exact, instead of one field with preserveOriginal:
/// with two fields a query typed with diacritics can rank exact matches first while a query typed
/// without them still finds everything, and neither field's statistics are skewed by the other.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public VietnameseAnalyzer(VietnameseAnalyzerMode mode) => Mode = mode;

    public VietnameseAnalyzerMode Mode { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NfcCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (Mode == VietnameseAnalyzerMode.Folded) stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The tokens of <paramref name="text"/> with their offsets into it.</summary>
    public IReadOnlyList<AnalyzedToken> Tokenize(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    /// <summary>Shared instances: analyzers are thread-safe (per-thread components).</summary>
    public static readonly VietnameseAnalyzer Folded = new(VietnameseAnalyzerMode.Folded);

    public static readonly VietnameseAnalyzer Exact = new(VietnameseAnalyzerMode.Exact);
}

public enum VietnameseAnalyzerMode
{
    /// <summary>Không dấu: diacritics removed, đ→d.</summary>
    Folded,
    /// <summary>Có dấu: diacritics kept, lower-cased.</summary>
    Exact,
}

/// <summary>One token: its term and its character span in the analysed text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);
