using KnowledgeGraph.Graph;
using KnowledgeGraph.Graph.Facts;
using KnowledgeGraph.Graph.Keys;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Ingest.Model;
using Xunit;
using static KnowledgeGraph.Tests.Graph.GraphFixtures;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must have. One subclass per store supplies a fresh, empty store
/// and a way to make it fail in the middle of a write; the cases are the same for all.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>A fresh, initialised, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Makes the store fail after part of a document's facts were written, inside the same transaction.</summary>
    protected abstract void FailMidWrite(IGraphStore store);

    protected abstract void StopFailing(IGraphStore store);

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public async Task DisposeAsync() => await Store.DisposeAsync();

    private async Task LoadAllAsync()
    {
        foreach (var d in All()) await Store.UpsertDocumentAsync(d);
    }

    private Task<CascadeResult?> Down(string key, int depth = 5) =>
        Store.CascadeAsync(key, new CascadeOptions { Direction = CascadeDirection.Down, MaxDepth = depth });

    // ------------------------------------------------------------------ documents

    [Fact]
    public async Task An_empty_store_has_nothing_and_initialising_again_is_harmless()
    {
        await Store.InitializeAsync();
        var f = await Store.GetFingerprintAsync();
        Assert.Equal(0, f.Nodes);
        Assert.Equal(0, f.Edges);
        Assert.Null(await Store.GetDocumentAsync(PlanA));
    }

    [Fact]
    public async Task An_ingested_document_comes_back_with_its_properties()
    {
        await Store.UpsertDocumentAsync(Decision806Record());
        var d = await Store.GetDocumentAsync(Decision806);
        Assert.NotNull(d);
        Assert.True(d.Ingested);
        Assert.Equal("806/QĐ-TTg", d.Code);
        Assert.Equal("QuyetDinh", d.Type);
        Assert.Equal("Thủ tướng Chính phủ", d.Issuer);
        Assert.Null(d.Province);
        Assert.Equal("22/4/2025", d.Date);
        Assert.Equal(2025, d.Year);
        Assert.Equal("Quyết định ban hành Chiến lược quốc gia về phòng, chống lãng phí đến năm 2035", d.Title);
        Assert.Equal("806_qd_ttg.txt", d.SourceFile);
    }

    [Fact]
    public async Task A_cited_document_exists_as_cited_only_with_what_the_citation_says()
    {
        await Store.UpsertDocumentAsync(PlanARecord());
        var d = await Store.GetDocumentAsync(Directive27);
        Assert.NotNull(d);
        Assert.False(d.Ingested);
        Assert.Equal("27-CT/TW", d.Code);
        Assert.Equal("ChiThi", d.Type);
        Assert.Equal("Bộ Chính trị", d.Issuer);
        Assert.Equal(2023, d.Year);
        Assert.Equal("tăng cường sự lãnh đạo của Đảng đối với công tác thực hành tiết kiệm, chống lãng phí", d.Title);
    }

    [Fact]
    public async Task A_document_cited_by_two_plans_is_one_node()
    {
        await Store.UpsertDocumentAsync(PlanARecord());
        await Store.UpsertDocumentAsync(PlanBRecord());
        var found = await Store.FindByCodeAsync("2456/QĐ-UBND");
        var only = Assert.Single(found);
        Assert.Equal(Decision2456, only.Key);
        var snapshot = await Store.ExportSnapshotAsync();
        var cites = snapshot.Edges.Where(e => e.Type == EdgeType.Cites && e.ToKey == Decision2456).Select(e => e.FromKey).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([PlanA, PlanB], cites);
    }

    [Fact]
    public async Task A_cited_only_document_that_is_ingested_later_keeps_the_edges_pointing_to_it()
    {
        await Store.UpsertDocumentAsync(PlanARecord());
        Assert.False((await Store.GetDocumentAsync(Decision806))!.Ingested);

        await Store.UpsertDocumentAsync(Decision806Record());

        var d = await Store.GetDocumentAsync(Decision806);
        Assert.True(d!.Ingested);
        Assert.Equal("806_qd_ttg.txt", d.SourceFile);
        var cascade = await Down(Decision806, 1);
        Assert.Contains(cascade!.Edges, e => e.From == PlanA && e.To == Decision806 && e.Type == EdgeType.Implements && e.Evidence.Source == PlanA);
        Assert.Contains(cascade.Nodes, n => n.Document.Key == Strategy2035 && n.Depth == 1);
    }

    [Fact]
    public async Task Vietnamese_text_is_stored_as_given_and_enumerated_for_reindexing()
    {
        await LoadAllAsync();
        var texts = new List<StoredText>();
        await foreach (var t in Store.EnumerateTextsAsync()) texts.Add(t);
        Assert.Equal(new[] { PlanC, Lonely, PlanA, PlanB, Decision806 }.Order(StringComparer.Ordinal), texts.Select(t => t.Key));
        Assert.Equal(TextA, texts.Single(t => t.Key == PlanA).Text);
        Assert.Equal(TextC, texts.Single(t => t.Key == PlanC).Text);
        Assert.DoesNotContain(texts, t => t.Key == Directive27);
    }

    [Fact]
    public async Task Batched_reads_for_the_api_return_documents_text_edges_and_tasks()
    {
        await LoadAllAsync();
        var docs = await Store.GetDocumentsAsync([PlanA, Directive27, "no such key", PlanA]);
        Assert.Equal(new[] { Directive27, PlanA }.Order(StringComparer.Ordinal), docs.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Empty(await Store.GetDocumentsAsync([]));

        Assert.Equal(TextA, await Store.GetTextAsync(PlanA));
        Assert.Null(await Store.GetTextAsync(Directive27)); // cited only: no text
        Assert.Null(await Store.GetTextAsync("no such key"));

        var around = await Store.EdgesAroundAsync(Decision806, [EdgeType.Implements, EdgeType.Cites]);
        Assert.Contains(around, e => e.From == PlanA && e.To == Decision806 && e.Type == EdgeType.Implements
                                     && e.Evidence.Sentence == "Thực hiện Quyết định số 806/QĐ-TTg");
        Assert.Contains(around, e => e.From == PlanA && e.To == Decision806 && e.Type == EdgeType.Cites);
        Assert.DoesNotContain(around, e => e.Type == EdgeType.SameAs);

        var tasks = await Store.TasksOfDocumentsAsync([PlanA, PlanB]);
        Assert.Contains(tasks, t => t.Document == PlanA && t.Lead.Any(u => u.Name == "Sở Tài chính") && t.Deadline?.Text == "trước ngày 30/11 hàng năm");
        Assert.All(tasks, t => Assert.Contains(t.Document, new[] { PlanA, PlanB }));
        Assert.Empty(await Store.TasksOfDocumentsAsync([]));
    }

    // ------------------------------------------------------------------ replacement, idempotency, atomicity

    [Fact]
    public async Task Ingesting_the_same_documents_twice_gives_the_same_counts_and_checksum()
    {
        await LoadAllAsync();
        var first = await Store.GetFingerprintAsync();
        await LoadAllAsync();
        var second = await Store.GetFingerprintAsync();
        Assert.Equal((first.Nodes, first.Edges, first.Checksum), (second.Nodes, second.Edges, second.Checksum));
        Assert.Equal(first.NodesByLabel.OrderBy(p => p.Key), second.NodesByLabel.OrderBy(p => p.Key));
        Assert.Equal(first.EdgesByType.OrderBy(p => p.Key), second.EdgesByType.OrderBy(p => p.Key));
        Assert.True(first.Nodes > 20, first.ToString());
    }

    [Fact]
    public async Task The_graph_does_not_depend_on_the_order_documents_arrive_in()
    {
        await LoadAllAsync();
        var forward = await Store.GetFingerprintAsync();
        await Store.ClearAsync();
        foreach (var d in All().Reverse()) await Store.UpsertDocumentAsync(d);
        Assert.Equal(forward.Checksum, (await Store.GetFingerprintAsync()).Checksum);
    }

    [Fact]
    public async Task Re_ingesting_a_changed_document_replaces_its_own_facts_and_touches_nothing_else()
    {
        await LoadAllAsync();
        var before = await Store.ExportSnapshotAsync();

        await Store.UpsertDocumentAsync(PlanAChanged());
        var after = await Store.ExportSnapshotAsync();

        // Every edge another document stated is unchanged, and so is every node another document owns.
        Assert.Equal(OthersEdges(before, PlanA), OthersEdges(after, PlanA));
        Assert.Equal(OwnedNodes(before, PlanA), OwnedNodes(after, PlanA));
        // Its own facts are the new ones.
        var tasks = after.Nodes.Where(n => n.Label == NodeLabel.Task && n.Props.GetString(Prop.Document) == PlanA).ToList();
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t.Props.GetString(Prop.DeadlineText) == "trước ngày 15/12 hàng năm");
        Assert.DoesNotContain(after.Nodes, n => n.Props.GetString(Prop.DeadlineText) == "trước ngày 30/11 hàng năm");
        Assert.Equal("hash-a-2", (await Store.GetDocumentAsync(PlanA))!.ContentHash);
        // 163-KH/TU was cited by Plan A only: it is gone, with the relation Plan A stated about it.
        Assert.Null(await Store.GetDocumentAsync(Plan163));
        Assert.DoesNotContain(after.Edges, e => e.FromKey == Plan163 || e.ToKey == Plan163);
        // 27-CT/TW is still cited (by Plan C and Plan A): it stays, with Plan C's edge.
        Assert.NotNull(await Store.GetDocumentAsync(Directive27));
    }

    [Fact]
    public async Task A_cited_only_document_nobody_cites_any_more_is_removed_but_an_ingested_one_stays()
    {
        await Store.UpsertDocumentAsync(Decision806Record());
        await Store.UpsertDocumentAsync(PlanARecord());
        await Store.UpsertDocumentAsync(PlanARecord() with { Citations = [], Relations = [], SameAs = [] });

        Assert.Null(await Store.GetDocumentAsync(Directive27));
        Assert.Null(await Store.GetDocumentAsync(Plan148LangSon));
        Assert.NotNull(await Store.GetDocumentAsync(Decision806));
        Assert.True((await Store.GetDocumentAsync(Decision806))!.Ingested);
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_writing_a_new_document_leaves_nothing_of_it()
    {
        await Store.UpsertDocumentAsync(PlanBRecord());
        var before = await Store.GetFingerprintAsync();

        FailMidWrite(Store);
        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertDocumentAsync(PlanARecord()));
        StopFailing(Store);

        Assert.Equal(before.Checksum, (await Store.GetFingerprintAsync()).Checksum);
        Assert.Null(await Store.GetDocumentAsync(PlanA));
        Assert.Null(await Store.GetDocumentAsync(Directive27));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_replacing_a_document_leaves_the_previous_version_whole()
    {
        await LoadAllAsync();
        var before = await Store.GetFingerprintAsync();

        FailMidWrite(Store);
        await Assert.ThrowsAnyAsync<Exception>(() => Store.UpsertDocumentAsync(PlanAChanged()));
        StopFailing(Store);

        Assert.Equal(before.Checksum, (await Store.GetFingerprintAsync()).Checksum);
        Assert.Equal("hash-a-1", (await Store.GetDocumentAsync(PlanA))!.ContentHash);
        Assert.NotNull(await Store.GetDocumentAsync(Plan163));

        // And the store still works afterwards.
        await Store.UpsertDocumentAsync(PlanAChanged());
        Assert.Null(await Store.GetDocumentAsync(Plan163));
    }

    [Fact]
    public async Task A_batch_stores_the_good_documents_and_reports_the_bad_one_by_name()
    {
        var bad = PlanBRecord() with
        {
            Source = "broken.txt",
            Key = "broken",
            Relations = [new RelationRecord { From = "broken", To = " ", Type = RelationType.CITES, Confidence = 0.5, Evidence = new Evidence(0, 1, "x") }],
        };
        var result = await Store.UpsertDocumentsAsync([PlanARecord(), bad, PlanCRecord()]);

        Assert.Equal([PlanA, PlanC], result.Stored.Select(s => s.Key));
        var failure = Assert.Single(result.Failed);
        Assert.Equal("broken.txt", failure.Source);
        Assert.Contains("broken.txt", failure.Message);
        Assert.Contains("empty key", failure.Message);
        Assert.Null(await Store.GetDocumentAsync("broken"));

        var batch = await Store.GetFingerprintAsync();
        await Store.ClearAsync();
        await Store.UpsertDocumentAsync(PlanARecord());
        await Store.UpsertDocumentAsync(PlanCRecord());
        Assert.Equal(batch.Checksum, (await Store.GetFingerprintAsync()).Checksum);
    }

    [Fact]
    public async Task A_batch_gives_the_same_graph_as_one_document_at_a_time_even_with_two_versions_of_one_document()
    {
        await Store.UpsertDocumentsAsync([.. All(), PlanAChanged()]);
        var batch = await Store.GetFingerprintAsync();
        await Store.ClearAsync();
        foreach (var d in All()) await Store.UpsertDocumentAsync(d);
        await Store.UpsertDocumentAsync(PlanAChanged());
        Assert.Equal((await Store.GetFingerprintAsync()).Checksum, batch.Checksum);
        Assert.Null(await Store.GetDocumentAsync(Plan163));
    }

    [Fact]
    public async Task Bad_input_is_refused_before_anything_is_written_with_a_message_naming_it()
    {
        var bad = PlanARecord() with
        {
            Tasks = [PlanARecord().Tasks[0] with { Evidence = new Evidence(5, 99_999, "x") }],
        };
        var e = await Assert.ThrowsAsync<GraphInputException>(() => Store.UpsertDocumentAsync(bad));
        Assert.Contains("001_plan_a.txt", e.Message);
        Assert.Contains("beyond the text", e.Message);
        Assert.Equal(0, (await Store.GetFingerprintAsync()).Nodes);
    }

    [Fact]
    public async Task Clear_removes_everything()
    {
        await LoadAllAsync();
        await Store.ClearAsync();
        var f = await Store.GetFingerprintAsync();
        Assert.Equal(0, f.Nodes + f.Edges);
        var texts = new List<StoredText>();
        await foreach (var t in Store.EnumerateTextsAsync()) texts.Add(t);
        Assert.Empty(texts);
    }

    // ------------------------------------------------------------------ cascade and lineage

    [Fact]
    public async Task The_cascade_of_a_directive_holds_the_documents_that_implement_it_even_when_a_third_document_says_so()
    {
        await LoadAllAsync();
        var c = await Down(Directive27);
        Assert.NotNull(c);
        Assert.Equal(Directive27, c.Root.Key);
        Assert.Equal(
            [(Directive27, 0), (Resolution98, 1), (PlanC, 1), (Plan163, 1)],
            c.Nodes.Select(n => (n.Document.Key, n.Depth)));
        var e = Assert.Single(c.Edges, x => x.From == Resolution98);
        Assert.Equal(EdgeType.Implements, e.Type);
        Assert.Equal(PlanA, e.Evidence.Source);
        Assert.Equal(0.9, e.Evidence.Confidence);
        Assert.Equal(TextA.Substring(e.Evidence.Start!.Value, e.Evidence.End!.Value - e.Evidence.Start.Value), e.Evidence.Sentence);
        // Plan A only cites the directive in passing: CITES is not a cascade relation.
        Assert.DoesNotContain(c.Nodes, n => n.Document.Key == PlanA);
    }

    [Fact]
    public async Task The_cascade_of_a_decision_reaches_the_plans_below_it_with_their_tasks_and_lead_units()
    {
        await LoadAllAsync();
        var c = await Down(Decision806);
        Assert.NotNull(c);
        Assert.Equal(
            [(Decision806, 0), (PlanA, 1), (Strategy2035, 1), (Plan148LangSon, 2), (PlanB, 3)],
            c.Nodes.Select(n => (n.Document.Key, n.Depth)));
        Assert.Contains(c.Edges, e => e.Type == EdgeType.SameAs && e.From == PlanA && e.To == Plan148LangSon && e.Score == 0.9);
        Assert.Contains(c.Edges, e => e.Type == EdgeType.Issues && e.From == Decision806 && e.To == Strategy2035);

        var finance = Assert.Single(c.Tasks, t => t.Lead.Any(u => u.Name == "Sở Tài chính"));
        Assert.Equal(PlanA, finance.Document);
        Assert.Equal("trước ngày 30/11 hàng năm", finance.Deadline!.Text);
        Assert.Equal("11-30", finance.Deadline.MonthDay);
        Assert.Equal(["Sở Nội vụ", "UBND các huyện, thành phố"], finance.Support.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal([Decision806, PlanA, PlanA, PlanB], c.Tasks.Select(t => t.Document));

        var unit = Assert.Single(c.Units, u => u.Unit.Key == UnitKeys.Key("Sở Tài chính", "Lạng Sơn"));
        Assert.Equal("Sở Tài chính", unit.Unit.Name);
        Assert.Equal("Lạng Sơn", unit.Unit.Province);
        Assert.Equal("province", unit.Unit.Level);
        Assert.Equal([finance.Key], unit.LeadTasks);
        // One unit for "Sở GD&ĐT" (Plan A) and "Sở Giáo dục và Đào tạo" (Plan B): both in Lạng Sơn.
        var education = Assert.Single(c.Units, u => u.Unit.Key == UnitKeys.Key("Sở Giáo dục và Đào tạo", "Lạng Sơn"));
        Assert.Equal(2, education.LeadTasks.Count);
        Assert.Equal(["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"],
            c.Tasks.SelectMany(t => t.Lead).Where(u => u.Key == education.Unit.Key).Select(u => u.Name).Order(StringComparer.Ordinal));
        var ministry = Assert.Single(c.Units, u => u.Unit.Name == "Bộ Tài chính");
        Assert.Equal("central", ministry.Unit.Level);
    }

    [Fact]
    public async Task The_depth_limit_stops_the_cascade()
    {
        await LoadAllAsync();
        var c = await Down(Decision806, 1);
        Assert.Equal([Decision806, PlanA, Strategy2035], c!.Nodes.Select(n => n.Document.Key));
        Assert.DoesNotContain(c.Edges, e => e.From == PlanB || e.To == PlanB);
        Assert.DoesNotContain(c.Tasks, t => t.Document == PlanB);
        var root = await Down(Decision806, 0);
        Assert.Equal([Decision806], root!.Nodes.Select(n => n.Document.Key));
    }

    [Fact]
    public async Task Without_same_as_the_numberless_plan_and_the_number_it_is_cited_by_stay_apart()
    {
        await LoadAllAsync();
        var c = await Store.CascadeAsync(Decision806, new CascadeOptions { FollowSameAs = false });
        Assert.DoesNotContain(c!.Nodes, n => n.Document.Key == Plan148LangSon);
        var strict = await Store.CascadeAsync(Decision806, new CascadeOptions { MinSameAsScore = 0.95 });
        Assert.DoesNotContain(strict!.Nodes, n => n.Document.Key == PlanB);
    }

    [Fact]
    public async Task Lineage_goes_up_from_a_plan_to_the_documents_it_carries_out()
    {
        await LoadAllAsync();
        var up = await Store.CascadeAsync(PlanB, new CascadeOptions { Direction = CascadeDirection.Up });
        Assert.Equal([(PlanB, 0), (Plan148LangSon, 1), (PlanA, 2), (Decision806, 3)], up!.Nodes.Select(n => (n.Document.Key, n.Depth)));
        var fromStrategy = await Store.CascadeAsync(Strategy2035, new CascadeOptions { Direction = CascadeDirection.Up });
        Assert.Equal([Strategy2035, Decision806], fromStrategy!.Nodes.Select(n => n.Document.Key));
    }

    [Fact]
    public async Task The_cascade_of_an_unknown_document_is_null_and_bad_options_are_refused()
    {
        await LoadAllAsync();
        Assert.Null(await Down("no such key"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.CascadeAsync(PlanA, new CascadeOptions { MaxDepth = 99 }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CascadeAsync(PlanA, new CascadeOptions { RelationTypes = ["SIGNED_BY"] }));
    }

    // ------------------------------------------------------------------ paths

    [Fact]
    public async Task A_path_links_two_documents_with_the_evidence_of_every_step()
    {
        await LoadAllAsync();
        var p = await Store.FindPathAsync(PlanB, Directive27, new PathOptions());
        Assert.NotNull(p);
        Assert.Equal([PlanB, Plan148LangSon, PlanA, Directive27], p.Nodes.Select(n => n.Key));
        Assert.Equal([EdgeType.BasedOn, EdgeType.Cites], p.Hops[0].Edges.Select(e => e.Type));
        Assert.Equal(EdgeType.SameAs, Assert.Single(p.Hops[1].Edges).Type);
        var last = Assert.Single(p.Hops[2].Edges);
        Assert.Equal((PlanA, Directive27, EdgeType.Cites, PlanA), (last.From, last.To, last.Type, last.Evidence.Source));
        Assert.Equal("Chỉ thị số 27-CT/TW", last.Evidence.Sentence);
    }

    [Fact]
    public async Task No_path_when_none_exists_within_the_depth_or_an_end_is_unknown()
    {
        await LoadAllAsync();
        Assert.Null(await Store.FindPathAsync(PlanA, Lonely, new PathOptions()));
        Assert.Null(await Store.FindPathAsync(PlanB, Directive27, new PathOptions { MaxDepth = 2 }));
        Assert.Null(await Store.FindPathAsync(PlanA, "unknown", new PathOptions()));
        var self = await Store.FindPathAsync(PlanA, PlanA, new PathOptions());
        Assert.Equal(0, self!.Length);
    }

    // ------------------------------------------------------------------ units and tasks

    [Fact]
    public async Task Units_are_scoped_by_the_province_of_the_document_that_names_them()
    {
        await LoadAllAsync();
        var langSon = await Store.TasksOfUnitAsync(UnitKeys.Key("Sở Tài chính", "Lạng Sơn"));
        var t = Assert.Single(langSon);
        Assert.Equal(PlanA, t.Document.Key);
        Assert.Equal("lead", t.Role);

        var haiPhong = await Store.TasksOfUnitAsync(UnitKeys.Key("Sở Tài chính", "Hải Phòng"));
        var h = Assert.Single(haiPhong);
        Assert.Equal(PlanC, h.Document.Key);
        Assert.Equal("support", h.Role);
    }

    [Theory]
    [InlineData("2026-11-01", "2026-12-31", true)]  // the yearly 30/11 falls inside
    [InlineData("2026-01-01", "2026-06-30", false)]
    [InlineData(null, "2026-06-30", true)]          // open-ended: a yearly deadline always occurs
    [InlineData("2027-11-30", "2027-11-30", true)]  // both ends inclusive
    public async Task Tasks_of_a_unit_filter_by_deadline_range_including_yearly_deadlines(string? from, string? to, bool expected)
    {
        await LoadAllAsync();
        var range = new DeadlineRange(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));
        var tasks = await Store.TasksOfUnitAsync(UnitKeys.Key("Sở Tài chính", "Lạng Sơn"), range);
        Assert.Equal(expected, tasks.Count == 1);
    }

    [Fact]
    public async Task Tasks_with_fixed_deadlines_filter_by_date()
    {
        await LoadAllAsync();
        var key = UnitKeys.Key("Sở GD&ĐT", "Lạng Sơn");
        Assert.Equal([PlanA, PlanB], (await Store.TasksOfUnitAsync(key)).Select(t => t.Document.Key).Order(StringComparer.Ordinal));
        var q1 = await Store.TasksOfUnitAsync(key, new DeadlineRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));
        Assert.Equal(PlanB, Assert.Single(q1).Document.Key);
        Assert.Empty(await Store.TasksOfUnitAsync("no such unit|"));
    }

    // ------------------------------------------------------------------ finding and listing

    [Theory]
    [InlineData("27-CT/TW", null, null, new[] { Directive27 })]
    [InlineData("27-ct/tw", 2023, null, new[] { Directive27 })]
    [InlineData("27-CT/TW", 2024, null, new string[0])]
    [InlineData("806/QD-TTg", null, null, new[] { Decision806 })]
    [InlineData("148/KH-UBND", null, null, new[] { Plan148HaiPhong, Plan148LangSon })]
    [InlineData("148 / KH - UBND", null, "Lạng Sơn", new[] { Plan148LangSon })]
    [InlineData("148/KH-UBND", null, "lang son", new[] { Plan148LangSon })]
    [InlineData("148/KH-UBND", 2025, "Hải Phòng", new string[0])] // its citation gives no year
    public async Task Documents_are_found_by_code_forgiving_spelling_and_narrowed_by_year_and_province(string code, int? year, string? province, string[] expected)
    {
        await LoadAllAsync();
        var found = await Store.FindByCodeAsync(code, year, province);
        Assert.Equal(expected, found.Select(d => d.Key));
    }

    [Fact]
    public async Task Listing_pages_through_every_document_once_in_key_order()
    {
        await LoadAllAsync();
        var keys = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.ListDocumentsAsync(new DocumentFilter(), cursor, 3);
            Assert.True(page.Items.Count <= 3);
            keys.AddRange(page.Items.Select(d => d.Key));
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null);
        Assert.Equal(13, keys.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(5, pages);

        var ingested = await Store.ListDocumentsAsync(new DocumentFilter { Ingested = true });
        Assert.Equal(5, ingested.Items.Count);
        Assert.Null(ingested.NextCursor);
        var langSonPlans = await Store.ListDocumentsAsync(new DocumentFilter { Province = "Lạng Sơn", Type = "KeHoach" });
        Assert.Equal(new[] { PlanA, Plan148LangSon, Plan163, PlanB }.Order(StringComparer.Ordinal), langSonPlans.Items.Select(d => d.Key));
        var of2024 = await Store.ListDocumentsAsync(new DocumentFilter { Year = 2024, Ingested = false });
        Assert.Equal(new[] { Plan163, Resolution98 }.Order(StringComparer.Ordinal), of2024.Items.Select(d => d.Key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListDocumentsAsync(new DocumentFilter(), "%%%not a cursor"));
    }

    [Fact]
    public async Task Statistics_count_what_the_snapshot_holds()
    {
        await LoadAllAsync();
        var s = await Store.GetStatisticsAsync();
        var snap = await Store.ExportSnapshotAsync();
        Assert.Equal(5, s.IngestedDocuments);
        Assert.Equal(8, s.CitedOnlyDocuments);
        Assert.Equal(13, s.NodesByLabel[NodeLabel.Document]);
        Assert.Equal(snap.Nodes.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key), s.NodesByLabel.OrderBy(p => p.Key));
        Assert.Equal(snap.Edges.GroupBy(n => n.Type).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key), s.EdgesByType.OrderBy(p => p.Key));
        Assert.Equal(5, s.NodesByLabel[NodeLabel.Task]);
        Assert.Equal(1, s.NodesByLabel[NodeLabel.Target]);
        Assert.Equal(2, s.NodesByLabel[NodeLabel.Person]);
    }

    // ------------------------------------------------------------------ helpers

    private static List<string> OthersEdges(GraphSnapshot s, string source) =>
        s.Edges.Where(e => e.Props.GetString(Prop.Source) != source).Select(e => e.Line).ToList();

    /// <summary>Nodes another document owns or is: ingested documents, tasks, targets.</summary>
    private static List<string> OwnedNodes(GraphSnapshot s, string except) => s.Nodes
        .Where(n => (n.Label == NodeLabel.Document && n.Props.GetBool(Prop.Ingested) == true && n.Key != except)
                 || (n.Label is NodeLabel.Task or NodeLabel.Target && n.Props.GetString(Prop.Document) != except))
        .Select(n => n.Line).ToList();
}
