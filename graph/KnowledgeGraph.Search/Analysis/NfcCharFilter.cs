using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace KnowledgeGraph.Search.Analysis;

/// <summary>
/// Unicode NFC before tokenising, and Ð (U+00D0, Icelandic Eth used for Đ in old fonts) → Đ.
/// Decomposed input (e + U+0302 + U+0301) would otherwise be split by the tokenizer or lose its marks
/// in folding. Offsets are corrected back to the input, so a snippet cut from the stored text by token
/// offsets keeps its original characters.
/// </summary>
public sealed class NfcCharFilter : BaseCharFilter
{
    private readonly string _output;
    private int _pos;

    public NfcCharFilter(TextReader input) : base(input)
    {
        _output = Normalize(input.ReadToEnd(), this);
    }

    /// <summary>The same normalisation for strings (queries, keyword fields), without offsets.</summary>
    public static string Normalize(string text) => Normalize(text, null);

    private static string Normalize(string input, NfcCharFilter? offsets)
    {
        var sb = new StringBuilder(input.Length);
        var cumulativeDiff = 0;
        var i = 0;
        while (i < input.Length)
        {
            // A segment: one starter and the combining marks after it; NFC composes within segments only.
            var start = i;
            i += char.IsSurrogatePair(input, i) ? 2 : 1;
            while (i < input.Length && IsMark(input[i])) i++;
            var segment = input.AsSpan(start, i - start);
            if (segment.Length == 1)
            {
                sb.Append(segment[0] == '\u00D0' ? '\u0110' : segment[0]);
                continue;
            }
            var composed = segment.ToString().Normalize(NormalizationForm.FormC);
            sb.Append(composed);
            if (composed.Length != segment.Length && offsets is not null)
            {
                cumulativeDiff += segment.Length - composed.Length;
                offsets.AddOffCorrectMap(sb.Length, cumulativeDiff);
            }
        }
        return sb.ToString();
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public override int Read(char[] buffer, int index, int count)
    {
        if (_pos >= _output.Length) return 0;
        var n = Math.Min(count, _output.Length - _pos);
        _output.CopyTo(_pos, buffer, index, n);
        _pos += n;
        return n;
    }

    public override int Read() => _pos < _output.Length ? _output[_pos++] : -1;
}
