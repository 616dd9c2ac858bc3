using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Analysis;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Search.Querying;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>search-bench [--docs N] [--queries M] [--words W] [--folder DIR]</c>: indexing rate and query latency
/// (p50/p99) of the search index on synthetic documents, against a linear scan of the folded texts.
/// Synthetic documents are reproducible (fixed seed): Vietnamese syllables with a Zipf-like frequency,
/// a code, an issuer, a province and a few citations each.
/// </summary>
public sealed class SearchBenchVerb : ICliVerb
{
    public Command Build()
    {
        var docs = new Option<int>("--docs") { Description = "Synthetic documents", DefaultValueFactory = _ => 5000 };
        var queries = new Option<int>("--queries") { Description = "Queries to time", DefaultValueFactory = _ => 300 };
        var words = new Option<int>("--words") { Description = "Words per document", DefaultValueFactory = _ => 1500 };
        var folder = new Option<string?>("--folder") { Description = "Index folder (default: in memory)" };
        var cmd = new Command("search-bench", "Benchmark the search index against a linear scan") { docs, queries, words, folder };
        cmd.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var n = parse.GetValue(docs);
            var q = parse.GetValue(queries);
            var w = parse.GetValue(words);
            var dir = parse.GetValue(folder);
            var corpus = SyntheticCorpus.Documents(n, w, seed: 1).ToList();
            var userQueries = SyntheticCorpus.Queries(q, seed: 2).ToList();
            o.WriteLine($"{n} documents x {w} words ({corpus.Sum(d => d.Text.Length) / 1024 / 1024} MB of text), {q} queries");

            var sw = Stopwatch.StartNew();
            using var index = dir is null ? SearchIndex.InMemory() : SearchIndex.Open(dir);
            index.Rebuild(corpus);
            sw.Stop();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index: {sw.Elapsed.TotalSeconds:0.0} s, {n / sw.Elapsed.TotalSeconds:0} documents/s"));

            var service = new SearchService(index);
            service.Search(new SearchRequest { Query = userQueries[0].Text }); // warm up
            // Baseline: every document's folded text scanned for every query term (search without an index).
            var folded = corpus.Select(d => TextFolding.Fold(d.Text).ToLowerInvariant()).ToArray();
            foreach (var kind in userQueries.Select(x => x.Kind).Distinct())
            {
                var ofKind = userQueries.Where(x => x.Kind == kind).Select(x => x.Text).ToList();
                var ranked = Time(ofKind, query => service.Search(new SearchRequest { Query = query, Limit = 10 }).Total);
                var scan = Time(ofKind, query =>
                {
                    var terms = SyntheticCorpus.ScanTerms(query);
                    return folded.Count(text => terms.All(t => text.Contains(t, StringComparison.Ordinal)));
                });
                var counted = Time(ofKind, query =>
                {
                    var searcher = index.Acquire();
                    try
                    {
                        var built = LuceneQueryBuilder.Build(UserQueryParser.Parse(query), searcher.IndexReader);
                        var count = new Lucene.Net.Search.TotalHitCountCollector();
                        searcher.Search(built.Match, count);
                        return count.TotalHits;
                    }
                    finally { index.Release(searcher); }
                });
                var scanRanked = Time(ofKind, query =>
                {
                    var terms = SyntheticCorpus.ScanTerms(query);
                    return folded.Select((text, i) => (Score: terms.Sum(t => Math.Log(1 + Occurrences(text, t))), i))
                        .Where(x => x.Score > 0).OrderByDescending(x => x.Score).Take(10).Count();
                });
                Report(o, $"{kind,-22} index, full result (ranked, grouped, facets, 10 snippets)", ranked);
                Report(o, $"{kind,-22} index, match and count only", counted);
                Report(o, $"{kind,-22} linear scan, match only (first occurrence)", scan);
                Report(o, $"{kind,-22} linear scan, ranked (count every occurrence)", scanRanked);
            }
            return 0;
        });
        return cmd;
    }

    private static int Occurrences(string text, string term)
    {
        int n = 0, at = 0;
        while ((at = text.IndexOf(term, at, StringComparison.Ordinal)) >= 0) { n++; at += term.Length; }
        return n;
    }

    private static List<double> Time(List<string> queries, Func<string, int> run)
    {
        var times = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var sw = Stopwatch.StartNew();
            run(query);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static void Report(TextWriter o, string name, List<double> sorted) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {Percentile(sorted, 0.50):0.00} ms, p99 {Percentile(sorted, 0.99):0.00} ms, max {sorted[^1]:0.00} ms"));

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>Reproducible synthetic documents and queries for <see cref="SearchBenchVerb"/>.</summary>
public static class SyntheticCorpus
{
    private static readonly string[] Syllables =
        ("kế hoạch thực hiện chiến lược quốc gia về phòng chống lãng phí đến năm tỉnh lạng sơn sở tài chính chủ trì phối hợp " +
         "các cơ quan đơn vị ủy ban nhân dân xã phường quyết định chỉ thị nghị quyết thông tư hướng dẫn triển khai nhiệm vụ " +
         "giải pháp mục tiêu yêu cầu tổ chức cải cách hành chính chuyển đổi số kinh tế xã hội giáo dục đào tạo y tế môi trường " +
         "tài nguyên nước đất đai xây dựng giao thông nông nghiệp thủy sản rừng phòng cháy chữa cháy mưa lũ bão thiên tai " +
         "người có công thương binh liệt sĩ thanh niên xung phong nhà ở hỗ trợ chính sách ngân sách nhà nước thuế phí lệ phí " +
         "báo cáo kết quả kiểm tra giám sát đánh giá tiết kiệm hiệu quả công khai minh bạch trách nhiệm người đứng đầu")
        .Split(' ');

    private static readonly string[] Provinces = ["Lạng Sơn", "Hải Phòng", "Đắk Lắk", "Cần Thơ", "Đồng Tháp", "Nghệ An", "Hà Tĩnh", "Lai Châu"];
    private static readonly string[] Types = ["KH", "QĐ", "CT", "NQ", "TB"];

    public static IEnumerable<DocumentRecord> Documents(int count, int words, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var province = Provinces[random.Next(Provinces.Length)];
            var type = Types[random.Next(Types.Length)];
            var code = $"{random.Next(1, 3000)}/{type}-UBND";
            var citations = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var cited = $"{random.Next(1, 999)}/QĐ-TTg";
                return new CitationRecord
                {
                    Key = "bench:" + cited, Code = cited, Type = DocType.QuyetDinh, Issuer = "Thủ tướng Chính phủ",
                    Subject = Sentence(random, 10), Sentence = $"Thực hiện Quyết định số {cited} {Sentence(random, 12)}", Spans = [],
                };
            }).ToList();
            var text = new StringBuilder();
            text.Append("KẾ HOẠCH ").Append(Sentence(random, 12)).Append('\n');
            foreach (var c in citations) text.Append(c.Sentence).Append(".\n");
            while (text.Length < words * 5) text.Append(Sentence(random, 18)).Append(".\n");
            yield return new DocumentRecord
            {
                Source = $"bench-{i:D6}.txt", Key = $"bench:doc:{i}", Code = code, Type = DocType.KeHoach,
                Issuer = new IssuerRef($"UBND tỉnh {province}", province), Date = $"2025-{random.Next(1, 13):D2}-01",
                Title = Sentence(random, 12), Text = text.ToString(), Citations = citations,
            };
        }
    }

    /// <summary>Two- to four-word queries (common syllables: the worst case), the same without diacritics, and codes.</summary>
    public static IEnumerable<(string Kind, string Text)> Queries(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var q = Sentence(random, random.Next(2, 5));
            yield return (i % 3) switch
            {
                0 => ("words", q),
                1 => ("words, no diacritics", TextFolding.Fold(q)),
                _ => ("code", $"{random.Next(1, 999)}/QĐ-TTg"),
            };
        }
    }

    /// <summary>What the linear scan looks for: a code as its folded text, words as folded tokens.</summary>
    public static string[] ScanTerms(string query) => query.Contains('/')
        ? [TextFolding.Fold(query).ToLowerInvariant()]
        : VietnameseAnalyzer.Folded.Tokenize(query).Select(t => t.Term).ToArray();

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            // Zipf-like: low indexes far more often, as real text repeats its common syllables.
            var index = (int)(Syllables.Length * Math.Pow(random.NextDouble(), 2.5));
            if (i > 0) sb.Append(' ');
            sb.Append(Syllables[index]);
        }
        return sb.ToString();
    }
}
