using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Search;
using KnowledgeGraph.Search.Indexing;
using KnowledgeGraph.Search.Querying;
using Lucene.Net.Search;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>search-latency --data DIR --truth FILE --docs N [--rounds R]</c>: the e2e benchmark's search sample (the same
/// 100 filtered searches: words + province + type) on an existing index, filtered and unfiltered, with the time
/// split by stage (filter alone, match alone, match under the filter, the whole service call), so a slow search
/// shows where its time goes. Prints only; REPORT.md is written by <c>e2e</c>.
/// </summary>
public static class SearchLatencyCommand
{
    public static Command Build()
    {
        var data = new Option<string>("--data") { Description = "Data folder holding index/ (e.g. /tmp/kg-perf/data-100000)", Required = true };
        var truth = new Option<string>("--truth") { Description = "The corpus's truth.jsonl (picks the queries as e2e does)", Required = true };
        var docs = new Option<int>("--docs") { Description = "N of the corpus (the sample rate depends on it)", Required = true };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var rounds = new Option<int>("--rounds") { Description = "Passes over the sample (the first warms up)", DefaultValueFactory = _ => 2 };
        var cmd = new Command("search-latency", "Search latency by stage on an existing index (the e2e search sample)") { data, truth, docs, seed, rounds };
        cmd.SetAction(parse =>
        {
            var plan = new E2eBenchmark(Path.GetTempPath(), parse.GetValue(docs), parse.GetValue(seed), 1, null, 0, TextWriter.Null)
                .PickQueries(parse.GetValue(truth)!);
            var searches = plan.Searches;
            using var index = SearchIndex.Open(SearchIndex.FolderIn(parse.GetValue(data)!), readOnly: true);
            var service = new SearchService(index);
            Console.WriteLine($"{searches.Count} searches, e.g. \"{searches[0].Query}\" in {searches[0].Province}, type {searches[0].Type}; load {MachineInfo.LoadAverage()}");

            var stages = new (string Name, Func<SearchRequest, int> Run)[]
            {
                ("filter alone (count)", r => Count(index, null, Filter(r))),
                ("match alone (count)", r => Count(index, Match(index, r), null)),
                ("match under the filter, uncached, query first (count)", r => Count(index, Match(index, r), Filter(r))),
                ("+ grouping collector", r => Stages(index, r, rescore: false, hits: false)),
                ("+ proximity rescore", r => Stages(index, r, rescore: true, hits: false)),
                ("+ 10 hits (stored doc, snippets, cited by)", r => Stages(index, r, rescore: true, hits: true)),
                ("service, filtered", r => service.Search(r).Total),
                ("service, unfiltered", r => service.Search(r with { Province = null, Type = null }).Total),
            };
            for (var round = 0; round < parse.GetValue(rounds); round++)
            {
                foreach (var (name, run) in stages)
                {
                    var times = new List<double>();
                    long hits = 0;
                    foreach (var r in searches)
                    {
                        var t = Stopwatch.GetTimestamp();
                        hits += run(r);
                        times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    }
                    var l = new Latency(name, 1, times);
                    Console.WriteLine($"round {round}: {name,-54} p50 {l.P50,8:0.0} ms  p99 {l.P99,8:0.0} ms  mean {l.Mean,8:0.0} ms  hits/query {hits / searches.Count:N0}");
                }
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>The service's steps, cumulatively, with public parts (the service itself keeps them private).</summary>
    private static int Stages(SearchIndex index, SearchRequest r, bool rescore, bool hits)
    {
        var searcher = index.Acquire();
        try
        {
            var query = UserQueryParser.Parse(r.Query);
            var built = LuceneQueryBuilder.Build(query, searcher.IndexReader);
            var filter = Filter(r);
            var collector = new GroupingCollector();
            searcher.Search(filter is null ? built.Match
                : new FilteredQuery(built.Match, index.CachedFilter(filter), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), collector);
            if (rescore && built.Proximity is not null) ProximityRescorer.Rescore(searcher, collector.Groups, built.Proximity);
            var groups = collector.Groups.OrderByDescending(g => g.Score).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (!hits) return groups.Count;
            var snippets = new SnippetBuilder(query, built.Typos);
            var n = 0;
            foreach (var g in groups.Take(r.Limit))
            {
                if (g.DocumentEntry >= 0) n += snippets.Build(searcher.Doc(g.DocumentEntry).Get(SearchFields.Document.Body) ?? "").Count;
                var cites = new BooleanQuery
                {
                    { new TermQuery(new Lucene.Net.Index.Term(SearchFields.Cites, g.Key)), Occur.MUST },
                    { new TermQuery(new Lucene.Net.Index.Term(SearchFields.Kind, SearchFields.KindDocument)), Occur.MUST },
                };
                foreach (var sd in searcher.Search(cites, SearchService.MaxCitedBy).ScoreDocs)
                    n += searcher.Doc(sd.Doc, new HashSet<string> { SearchFields.Key, SearchFields.CodeDisplay, SearchFields.Title, SearchFields.Source }).Fields.Count;
            }
            return groups.Count;
        }
        finally { index.Release(searcher); }
    }

    private static Query? Filter(SearchRequest r) => LuceneQueryBuilder.Filter(r.Type, r.Issuer, r.Province, r.Year, r.Domain);

    private static Query Match(SearchIndex index, SearchRequest r)
    {
        var searcher = index.Acquire();
        try { return LuceneQueryBuilder.Build(UserQueryParser.Parse(r.Query), searcher.IndexReader).Match; }
        finally { index.Release(searcher); }
    }

    private static int Count(SearchIndex index, Query? match, Query? filter)
    {
        var searcher = index.Acquire();
        try
        {
            var count = new TotalHitCountCollector();
            searcher.Search(match ?? new MatchAllDocsQuery(), filter is null ? null : new QueryWrapperFilter(filter), count);
            return count.TotalHits;
        }
        finally { index.Release(searcher); }
    }
}
