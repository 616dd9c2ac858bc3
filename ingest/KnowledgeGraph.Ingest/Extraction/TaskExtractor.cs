using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Model;

namespace KnowledgeGraph.Ingest.Extraction;

/// <summary>
/// Nhiệm vụ (tasks) and their units (DOMAIN.md §6). Patterns: "Giao Sở Tài chính: Chủ trì, phối hợp với ...";
/// "3. Sở Nội vụ" followed by its duties; "Đơn vị chủ trì thực hiện: Sở Tư pháp. Đơn vị phối hợp: ...";
/// "Đề nghị Ủy ban MTTQ tỉnh ..."; "Phòng Kế hoạch - Tài chính chủ trì phối hợp với Văn phòng Sở".
/// </summary>
public static partial class TaskExtractor
{
    private const int MaxTaskText = 1500;
    private const int MaxFollowing = 15;

    private sealed record Para(int Start, string Text, int Level, string Body);

    public static List<TaskRecord> Extract(string text, IReadOnlyList<SectionRecord> sections, UnitFinder? units = null)
    {
        units ??= UnitFinder.Default;
        var paras = Split(text);
        var result = new List<TaskRecord>();
        var inOrganisation = false;
        var consumedUntil = -1;
        var inRecipients = false;
        for (var i = 0; i < paras.Count; i++)
        {
            var p = paras[i];
            // "Nơi nhận" lists recipients, not assignees; a plan attached to a decision follows its recipients and
            // signature, so the scan goes on after the list, from the next heading.
            if (p.Text.StartsWith("Nơi nhận", StringComparison.Ordinal)) { inRecipients = true; inOrganisation = false; continue; }
            if (inRecipients)
            {
                if (p.Level is not (1 or 2) && !TextNormalizer.IsUpperLine(p.Text.Trim()) || p.Text.Trim().Length == 0) continue;
                inRecipients = false;
            }
            if (p.Level == 1 || IsBigHeading(p.Text)) inOrganisation = OrganisationHeading().IsMatch(p.Text);
            var body = p.Body;

            // "Đơn vị chủ trì thực hiện: Sở Tư pháp. Đơn vị phối hợp: ..." (often in tables of tasks)
            if (LeadField().Match(body) is { Success: true } lf)
            {
                var lead = Names(units, lf.Groups["v"].Value);
                var support = SupportField().Match(body) is { Success: true } sf ? Names(units, sf.Groups["v"].Value)
                    : i + 1 < paras.Count && SupportField().Match(paras[i + 1].Body) is { Success: true } sf2 ? Names(units, sf2.Groups["v"].Value) : [];
                var taskText = i > 0 && lf.Index == 0 ? paras[i - 1].Body : body;
                if (lead.Count > 0) result.Add(Make(text, sections, p, taskText, lead, support, "fields"));
                continue;
            }

            var giao = Assign().Match(body);
            var request = Request().Match(body);
            if (giao.Success || request.Success)
            {
                var m = giao.Success ? giao : request;
                var phrase = LeadPhrase(body, m.Length);
                var lead = Names(units, phrase);
                if (lead.Count == 0) continue;
                var (taskText, last) = body.TrimEnd().EndsWith(':') || body.Length - m.Length - phrase.Length < 25
                    ? Following(paras, i, body) : (body, i);
                result.Add(Make(text, sections, p, taskText, lead, SupportUnits(units, taskText), giao.Success ? "assign" : "request"));
                consumedUntil = Math.Max(consumedUntil, last);
                continue;
            }

            if (i <= consumedUntil && p.Level >= 4) continue;

            // "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở X ... chịu trách nhiệm thi hành Quyết định này": the
            // closing article of a decision names the units that execute it.
            if (Article().IsMatch(body) && Executes().Match(body) is { Success: true } ex)
            {
                var executing = Names(units, ex.Groups["units"].Value);
                if (executing.Count > 0) result.Add(Make(text, sections, p, body, executing, [], "execute"));
                continue;
            }

            // "X chủ trì, phối hợp với Y ..." / "X có trách nhiệm ..." / heading "3. Sở Nội vụ" (+ duties)
            var found = units.FindAll(body);
            // "Trưởng các phòng ...", "Thủ trưởng các cơ quan ...": the office holder of the unit leads.
            if (found.Count == 0 || (found[0].Start > 2 && !HolderPrefix().IsMatch(body[..found[0].Start]))) continue;
            var leadEnd = LeadingUnitsEnd(body, found);
            var rest = Parenthetical().Replace(body[leadEnd..], "").Trim();
            var leadNames = found.Where(f => f.End <= leadEnd).Select(f => f.Name).Distinct().ToList();
            if (rest.Length <= 2 && (inOrganisation || p.Level is 2 or 3))
            {
                var (taskText, last) = Following(paras, i, body);
                if (taskText.Length > body.Length + 10)
                {
                    result.Add(Make(text, sections, p, taskText, leadNames, SupportUnits(units, taskText[body.Length..]), "heading"));
                    consumedUntil = Math.Max(consumedUntil, last);
                }
            }
            else if (LeadVerb().IsMatch(rest) && (inOrganisation || rest.StartsWith("chủ trì", StringComparison.OrdinalIgnoreCase)))
            {
                var (taskText, last) = rest.EndsWith(':') ? Following(paras, i, body) : (body, i);
                result.Add(Make(text, sections, p, taskText, leadNames, SupportUnits(units, taskText[Math.Min(leadEnd, taskText.Length)..]), "assign"));
                consumedUntil = Math.Max(consumedUntil, last);
            }
        }
        return result;
    }

    private static TaskRecord Make(string text, IReadOnlyList<SectionRecord> sections, Para p, string taskText,
        List<string> lead, List<string> support, string kind)
    {
        if (taskText.Length > MaxTaskText) taskText = taskText[..MaxTaskText];
        var sup = support.Where(s => !lead.Contains(s)).Distinct().ToList();
        return new TaskRecord
        {
            Lead = lead, Support = sup, Deadline = DeadlineParser.Find(taskText), Text = taskText.Trim(),
            Section = SectionExtractor.LabelAt(sections, p.Start), Kind = kind,
            Evidence = new Evidence(p.Start, p.Start + p.Text.Length, p.Text.Length > 700 ? p.Text[..700] : p.Text),
        };
    }

    /// <summary>The heading's paragraph plus the paragraphs below it, up to the next one at its level or above.</summary>
    private static (string Text, int Last) Following(List<Para> paras, int i, string body)
    {
        var level = paras[i].Level == 0 ? 2 : paras[i].Level;
        var sb = new System.Text.StringBuilder(body);
        var last = i;
        for (var j = i + 1; j < paras.Count && j <= i + MaxFollowing && sb.Length < MaxTaskText; j++)
        {
            var q = paras[j];
            if ((q.Level != 0 && q.Level <= level) || q.Text.StartsWith("Nơi nhận", StringComparison.Ordinal) || IsBigHeading(q.Text)) break;
            sb.Append('\n').Append(q.Text);
            last = j;
        }
        return (sb.ToString(), last);
    }

    private static string LeadPhrase(string body, int from)
    {
        var rest = body[from..];
        var m = LeadStop().Match(rest);
        return m.Success ? rest[..m.Index] : rest.Length > 200 ? rest[..200] : rest;
    }

    private static int LeadingUnitsEnd(string body, List<(int Start, int End, string Name)> found)
    {
        var end = found[0].End;
        foreach (var f in found.Skip(1))
        {
            var between = body[end..f.Start];
            if (!Separator().IsMatch(between)) break;
            end = f.End;
        }
        return end;
    }

    private static List<string> SupportUnits(UnitFinder units, string taskText)
    {
        var result = new List<string>();
        foreach (Match m in Cooperate().Matches(taskText))
        {
            var start = m.Index + m.Length;
            var end = start;
            while (end < taskText.Length && end - start < 250 && taskText[end] is not (':' or ';' or '\n') &&
                   !(taskText[end] == '.' && (end + 1 >= taskText.Length || taskText[end + 1] == ' '))) end++;
            result.AddRange(Names(units, taskText[start..end]));
        }
        return result.Distinct().ToList();
    }

    private static List<string> Names(UnitFinder units, string phrase) =>
        units.FindAll(phrase).Select(u => u.Name).Distinct().ToList();

    private static List<Para> Split(string text)
    {
        var result = new List<Para>();
        var pos = 0;
        foreach (var line in text.Split('\n'))
        {
            var m = Marker().Match(line);
            var level = !m.Success ? 0 : m.Groups["r"].Success ? 1 : m.Groups["n"].Success ? 2 : m.Groups["l"].Success ? 3 : 4;
            result.Add(new Para(pos, line, level, m.Success ? line[m.Length..] : line));
            pos += line.Length + 1;
        }
        return result;
    }

    private static bool IsBigHeading(string line) => line.Length < 140 && TextNormalizer.IsUpperLine(line) && Marker().IsMatch(line);

    [GeneratedRegex(@"^(?:(?<r>[IVX]{1,5}\s*[\.\-]\s)|(?<n>\d{1,2}(?:\.\d{1,2})*\s*[\.)]\s)|(?<l>[a-zđ]\s*\)\s)|(?<d>[-+•]\s))\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|Tổ chức thực hiện|Điều \d+\.", RegexOptions.None)]
    private static partial Regex OrganisationHeading();

    [GeneratedRegex(@"^(?:Giao(?: cho)?|Ủy quyền cho|Yêu cầu|Chỉ đạo) ", RegexOptions.IgnoreCase)]
    private static partial Regex Assign();

    [GeneratedRegex(@"^(?:Đề nghị|Kính đề nghị) ", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"(?:Đơn vị|Cơ quan) chủ trì(?: thực hiện)?\s*:\s*(?<v>[^.;\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadField();

    [GeneratedRegex(@"(?:Đơn vị|Cơ quan) phối hợp(?: thực hiện)?\s*:\s*(?<v>[^.;\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SupportField();

    [GeneratedRegex(@":|\s(?:chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|thực hiện|phối hợp|xây dựng|theo dõi|tổ chức|hướng dẫn|triển khai|rà soát|làm đầu mối|là cơ quan|căn cứ|tiếp tục|khẩn trương|chỉ đạo|quan tâm|tăng cường|nghiên cứu|đôn đốc|kiểm tra|chủ động|báo cáo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadStop();

    [GeneratedRegex(@"^\s*(?:[-–:]\s*)?(?:chủ trì|bảo đảm|đảm bảo|có trách nhiệm|chịu trách nhiệm|tham mưu|thực hiện|phối hợp|xây dựng|theo dõi|tổ chức|hướng dẫn|triển khai|làm đầu mối|là cơ quan|chủ động|quán triệt|chỉ đạo|căn cứ|tiếp tục|định kỳ|khẩn trương|rà soát|đôn đốc|kiểm tra|nghiên cứu|tăng cường|thường xuyên|:)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadVerb();

    [GeneratedRegex(@"phối hợp(?: chặt chẽ)?(?: với)?\s", RegexOptions.IgnoreCase)]
    private static partial Regex Cooperate();

    [GeneratedRegex(@"^\s*(?:,|và|;|,\s*và|-)?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s*(?:Trưởng|Thủ trưởng|Lãnh đạo|Người đứng đầu|Giám đốc|Chủ tịch)\s*$")]
    private static partial Regex HolderPrefix();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^Điều \d{1,2}\.\s")]
    private static partial Regex Article();

    /// <summary>The units of the sentence that ends in "chịu trách nhiệm thi hành Quyết định này".</summary>
    [GeneratedRegex(@"(?:^Điều \d{1,2}\.\s|\.\s)(?<units>(?:(?!\.\s).){5,1500}?)\s(?:chịu|có) trách nhiệm (?:tổ chức )?thi hành (?:Quyết định|Chỉ thị|Nghị quyết|Kế hoạch|Quy định|văn bản) này")]
    private static partial Regex Executes();
}
