using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Corpus;

/// <summary>
/// The shape of a corpus of N documents, as arithmetic on the index: which documents are central, which local
/// (and in which province, at which level, with which number), and their dates. Every <see cref="DocumentIdentity"/>
/// is computed from its index alone, so a document can cite any earlier one with O(1) memory.
/// <list type="bullet">
/// <item>Of every 20 documents, 3 are central and 17 local (the national database is two-thirds local).</item>
/// <item>Dates rise with the index from 2019-01-01 to 2026-10-31, so cited documents are always older.</item>
/// <item>Local documents go round the provinces: the 63 before 1 July 2025, the 34 after. Within a province the
/// n-th document has number n+1 (numbers after the merger continue above those before, so codes stay unique) and
/// its level follows a fixed cycle of province, department and commune documents.</item>
/// </list>
/// </summary>
public sealed class CorpusPlan
{
    private const string Pattern = "CLLLLLLCLLLLLLLCLLLL";
    private static readonly int[] CentralPositions = Enumerable.Range(0, Pattern.Length).Where(i => Pattern[i] == 'C').ToArray();
    private static readonly int[] LocalPositions = Enumerable.Range(0, Pattern.Length).Where(i => Pattern[i] == 'L').ToArray();
    /// <summary>Levels of a province's successive documents (5 province, 5 department, 7 commune in 17).</summary>
    private static readonly IssuingLevel[] LocalCycle = "PDMMPDMPDMMPDMPDM".Select(c => c switch
    {
        'P' => IssuingLevel.Province, 'D' => IssuingLevel.Department, _ => IssuingLevel.Commune,
    }).ToArray();

    public static readonly DateOnly Start = new(2019, 1, 1);
    public static readonly DateOnly End = new(2026, 10, 31);
    /// <summary>1 July 2025: 63 provinces merged into 34 (Nghị quyết 202/2025/QH15).</summary>
    public static readonly DateOnly Merger = new(2025, 7, 1);

    private readonly int _eraStart;      // local index of the first document dated on or after the merger
    private readonly int _eraNumberBase; // numbers after the merger start above every number before it

    public CorpusPlan(int documents)
    {
        if (documents < 1) throw new ArgumentOutOfRangeException(nameof(documents), documents, "a corpus needs at least one document");
        Count = documents;
        var firstAfter = (int)Math.Ceiling((double)(Merger.DayNumber - Start.DayNumber) * documents / SpanDays);
        _eraStart = LocalBefore(Math.Min(firstAfter, documents));
        _eraNumberBase = _eraStart / Catalog.Provinces63.Count + 1;
    }

    public int Count { get; }

    private static int SpanDays => End.DayNumber - Start.DayNumber;

    public DateOnly DateOf(int index) => DateOnly.FromDayNumber(Start.DayNumber + (int)((long)index * SpanDays / Count));

    public static bool IsCentral(int index) => Pattern[index % Pattern.Length] == 'C';

    /// <summary>Central documents before this index.</summary>
    public static int CentralBefore(int index) =>
        index / Pattern.Length * CentralPositions.Length + CentralPositions.Count(p => p < index % Pattern.Length);

    public static int LocalBefore(int index) => index - CentralBefore(index);

    public static int CentralIndex(int c) => c / CentralPositions.Length * Pattern.Length + CentralPositions[c % CentralPositions.Length];

    public static int LocalIndex(int k) => k / LocalPositions.Length * Pattern.Length + LocalPositions[k % LocalPositions.Length];

    /// <summary>The local slot of local document k: its era's province list, province index and sequence in that province.</summary>
    public (IReadOnlyList<Ingest.Rules.ProvinceRule> Provinces, int Province, int Sequence, int Number) LocalSlot(int k)
    {
        if (k < _eraStart)
        {
            var list = Catalog.Provinces63;
            return (list, k % list.Count, k / list.Count, k / list.Count + 1);
        }
        var after = Catalog.Provinces34;
        var j = k - _eraStart;
        return (after, j % after.Count, j / after.Count, _eraNumberBase + j / after.Count + 1);
    }

    /// <summary>Local document index of the same province, <paramref name="back"/> documents earlier in its sequence (null: none).</summary>
    public int? EarlierInProvince(int k, int back)
    {
        var slot = LocalSlot(k);
        if (back < 1 || back > slot.Sequence) return null;
        return k - back * slot.Provinces.Count;
    }

    public IssuingLevel LocalLevel(int k) => LocalCycle[LocalSlot(k).Sequence % LocalCycle.Length];

    public DocumentIdentity Identity(int index)
    {
        if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the corpus has {Count} documents");
        var date = DateOf(index);
        if (IsCentral(index))
        {
            var c = CentralBefore(index);
            var cycle = Catalog.Central;
            var kind = cycle[c % cycle.Length];
            // Number: the order of this kind's documents (QĐ-TTg appears twice a cycle), plus a realistic offset.
            var sameKindInCycle = cycle.Select((k, i) => (k, i)).Where(x => x.k.Abbr == kind.Abbr && x.k.IssuerAbbr == kind.IssuerAbbr).ToList();
            var number = c / cycle.Length * sameKindInCycle.Count + sameKindInCycle.FindIndex(x => x.i == c % cycle.Length) + 1;
            var code = kind.Code(number, date.Year);
            var key = kind.Shape == CodeShape.StateWithYear ? code : $"{code}@{date.Year}";
            return new DocumentIdentity(index, IssuingLevel.Central, kind, number, code, kind.Issuer, null, null, date, c % Catalog.Topics.Length, key);
        }

        var local = LocalBefore(index);
        var (provinces, p, sequence, localNumber) = LocalSlot(local);
        var province = provinces[p];
        var level = LocalLevel(local);
        DocumentKind localKind;
        string issuer;
        string? commune = null;
        switch (level)
        {
            case IssuingLevel.Province:
                localKind = Catalog.Province[(sequence + p) % Catalog.Province.Length];
                issuer = localKind.IssuerAbbr == "TU" ? "Tỉnh ủy " + province.Name : "Ủy ban nhân dân " + Catalog.ProvincePhrase(province);
                break;
            case IssuingLevel.Department:
                var (name, abbr) = Catalog.Departments[(sequence + 3 * p) % Catalog.Departments.Length];
                localKind = new DocumentKind("Kế hoạch", "KeHoach", "KH", abbr, CodeShape.State, name, [], "Thực hiện");
                issuer = name + " " + Catalog.ProvincePhrase(province);
                break;
            default:
                localKind = Catalog.Province[0];
                commune = Catalog.CommuneName(p, sequence % 97);
                issuer = "Ủy ban nhân dân " + commune;
                break;
        }
        var localCode = localKind.Code(localNumber, date.Year);
        var topic = (sequence * 5 + p) % Catalog.Topics.Length;
        return new DocumentIdentity(index, level, localKind, localNumber, localCode, issuer, province.Name, commune, date, topic,
            $"{localCode}@{date.Year}@{TextFold.Slug(province.Name)}");
    }
}
