using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeGraph.Search.Analysis;

/// <summary>
/// The folding of <see cref="VietnameseAnalyzer"/> for strings that are not tokenised
/// (keyword fields, codes, filter values): NFC, then ASCII folding (ế→e, Đ→D), casing untouched.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var nfc = NfcCharFilter.Normalize(text);
        var input = nfc.ToCharArray();
        var output = new char[input.Length * 4];
        var n = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, n);
    }

    public static bool HasDiacritics(string text) => Fold(text) != NfcCharFilter.Normalize(text);
}
