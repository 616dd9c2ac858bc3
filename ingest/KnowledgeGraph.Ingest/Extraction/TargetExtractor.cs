using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>Chỉ tiêu (quantified targets): "tiết kiệm thêm 10% chi thường xuyên", "tối thiểu 80%", "giảm 30% thời gian".</summary>
public static partial class TargetExtractor
{
    public static List<TargetRecord> Extract(string text)
    {
        var result = new List<TargetRecord>();
        foreach (Match m in Number().Matches(text))
        {
            var (s, e) = TextSpans.SentenceAt(text, m.Index, m.Index + m.Length);
            // The cue must stand close before the number, in the same clause.
            var before = text.AsSpan(Math.Max(s, m.Index - 80), m.Index - Math.Max(s, m.Index - 80)).ToString();
            var semi = before.LastIndexOf(';');
            if (semi >= 0) before = before[(semi + 1)..];
            // A number opening a bullet ("- 100% trung tâm xã được phủ sóng 5G") is a target by its position.
            var bullet = BulletStart().IsMatch(before);
            if (!bullet && !Cue().IsMatch(before)) continue;
            var value = double.Parse(m.Groups["v"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value.StartsWith("phần trăm", StringComparison.Ordinal) ? "%" : m.Groups["u"].Value;
            var clauseStart = Math.Max(s, m.Index - before.Length);
            var clauseEnd = m.Index + m.Length;
            while (clauseEnd < e && text[clauseEnd] != ';' && clauseEnd - m.Index < 160) clauseEnd++;
            result.Add(new TargetRecord
            {
                Text = text[clauseStart..clauseEnd].Trim(' ', ',', ';'),
                Value = value,
                Unit = unit,
                Evidence = new Evidence(m.Index, m.Index + m.Length, text[s..e]),
            });
        }
        return result;
    }

    [GeneratedRegex(@"(?<![\d/.,])(?<v>\d{1,3}(?:[.,]\d{1,2})?) ?(?<u>%|phần trăm)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:^|\n|[.;:]\s)\s*(?:[-+•]|[a-zđ]\)|\d{1,2}\.)?\s*$")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"(?:tiết kiệm|tối thiểu|ít nhất|tối đa|phấn đấu|đạt|giảm|tăng|bảo đảm|đảm bảo|hoàn thành|chỉ tiêu|mục tiêu|trên|không quá|thêm|cắt giảm|100)", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
