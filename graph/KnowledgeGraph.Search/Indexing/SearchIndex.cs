using KnowledgeGraph.Ingest.Model;
using KnowledgeGraph.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KnowledgeGraph.Search.Indexing;

/// <summary>
/// The full-text index (chỉ mục tìm kiếm) in a folder, <c>&lt;data&gt;/index</c> beside the graph store.
/// Writable instances hold Lucene's write lock and see their own uncommitted changes (near-real-time);
/// read-only instances (the <c>search</c> verb) see the last commit and never block a writer.
/// Thread-safe.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>Bumped whenever fields or analysis change: an index of another version must be rebuilt.</summary>
    public const string SchemaVersion = "3";
    private const string SchemaKey = "kg.search.schema";

    private readonly Directory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly string _location;
    private volatile bool _stale;
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);

    private SearchIndex(Directory directory, bool readOnly, string location)
    {
        _directory = directory;
        _location = location;
        if (readOnly)
        {
            if (!DirectoryReader.IndexExists(directory))
                throw new SearchIndexException($"No search index at {location}. Build it with `kg reindex` (or ingest documents) first.");
            _searchers = new SearcherManager(directory, new Bm25SearcherFactory());
            _stale = CommittedSchema(directory) != SchemaVersion;
        }
        else
        {
            var existed = DirectoryReader.IndexExists(directory);
            _stale = existed && CommittedSchema(directory) != SchemaVersion;
            var config = new IndexWriterConfig(VietnameseAnalyzer.Version, CreateAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new BM25Similarity(),
            };
            try { _writer = new IndexWriter(directory, config); }
            catch (LockObtainFailedException e)
            {
                throw new SearchIndexException($"The search index at {location} is open for writing by another process.", e);
            }
            if (!existed) CommitWithSchema();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        }
    }

    /// <summary>The index folder inside a data folder.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "index");

    public static SearchIndex Open(string folder, bool readOnly = false)
    {
        if (readOnly && !System.IO.Directory.Exists(folder))
            throw new SearchIndexException($"No search index at {folder}. Build it with `kg reindex` (or ingest documents) first.");
        try { System.IO.Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"Cannot create the search index folder {folder}: {e.Message}", e);
        }
        var directory = FSDirectory.Open(folder);
        try { return new SearchIndex(directory, readOnly, folder); }
        catch (Exception e) when (IsDamage(e))
        {
            directory.Dispose();
            throw new SearchIndexException(
                $"The search index at {folder} is damaged ({e.GetType().Name}: {e.Message}). Rebuild it from the graph store with `kg reindex`.", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || (e is IOException && !readOnly))
        {
            directory.Dispose();
            throw new SearchIndexException($"The search index at {folder} cannot be written: {e.Message}", e);
        }
    }

    /// <summary>
    /// Opens the index to rebuild it: a damaged index (<see cref="Open"/> refuses it) is set aside and a new, empty
    /// one created in its place, to be filled by <see cref="Rebuild"/> or <see cref="RebuildAsync"/>. The damaged
    /// files are moved to <c>FOLDER.damaged-TIMESTAMP</c>, not deleted.
    /// </summary>
    public static SearchIndex OpenForRebuild(string folder)
    {
        try { return Open(folder); }
        catch (SearchIndexException e) when (e.InnerException is not null && IsDamage(e.InnerException))
        {
            var aside = $"{folder.TrimEnd(Path.DirectorySeparatorChar)}.damaged-{DateTime.UtcNow:yyyyMMddHHmmss}";
            System.IO.Directory.Move(folder, aside);
            return Open(folder);
        }
    }

    private static bool IsDamage(Exception e) =>
        e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or FileNotFoundException or DirectoryNotFoundException
        || (e is IOException io && io.Message.Contains("checksum", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Entries and a checksum of their stored fields, independent of segment layout and insertion order: two
    /// indexes built from the same documents have the same fingerprint (an interrupted-then-resumed ingest is
    /// compared with a clean one this way).
    /// </summary>
    public (int Entries, string Checksum) Fingerprint()
    {
        var searcher = Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var entries = new List<string>(reader.NumDocs);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (liveDocs is not null && !liveDocs.Get(i)) continue;
                var doc = reader.Document(i);
                entries.Add(string.Join("\u001F", doc.Fields
                    .Select(f => f.Name + "=" + (f.GetStringValue() ?? f.GetBinaryValue()?.Utf8ToString() ?? f.GetInt64Value()?.ToString() ?? f.GetDoubleValue()?.ToString("R") ?? ""))
                    .Order(StringComparer.Ordinal)));
            }
            entries.Sort(StringComparer.Ordinal);
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\u001E", entries)));
            return (entries.Count, Convert.ToHexStringLower(hash));
        }
        finally { Release(searcher); }
    }

    /// <summary>An index in memory, for tests and benchmarks.</summary>
    public static SearchIndex InMemory() => new(new RAMDirectory(), readOnly: false, "(memory)");

    public bool IsReadOnly => _writer is null;

    /// <summary>
    /// Adds or replaces one document: its entries (and its citations') are deleted by its key and by its
    /// source file, then added again. Visible to searches in this process at once; durable after <see cref="Commit"/>.
    /// </summary>
    public void Upsert(DocumentRecord record)
    {
        var writer = Writer();
        writer.DeleteDocuments(new Term(SearchFields.Owner, record.Key), new Term(SearchFields.OwnerSource, record.Source));
        writer.AddDocuments(SearchDocumentBuilder.Build(record));
    }

    /// <summary>Removes a document and the citation entries it contributed.</summary>
    public void Remove(string documentKey) => Writer().DeleteDocuments(new Term(SearchFields.Owner, documentKey));

    public void Commit() => CommitWithSchema();

    /// <summary>
    /// Replaces the whole index with <paramref name="records"/> (e.g. every document of the graph store) and
    /// commits. Searches see the old index until the commit; if the enumeration fails, the old index stays.
    /// </summary>
    public int Rebuild(IEnumerable<DocumentRecord> records)
    {
        var writer = Writer();
        _rebuildGate.Wait();
        try
        {
            writer.Commit();
            writer.DeleteAll();
            var count = 0;
            try
            {
                foreach (var r in records)
                {
                    Upsert(r);
                    count++;
                }
            }
            catch (Exception e)
            {
                writer.Rollback();
                throw Failed(e);
            }
            _stale = false;
            CommitWithSchema();
            return count;
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    private SearchIndexException Failed(Exception e) => new(
        $"Rebuilding the search index at {_location} failed ({e.Message}); the previous index was kept and this instance closed. Open it again.", e);

    /// <summary>
    /// <see cref="Rebuild"/> from an asynchronous source (the graph store's enumeration of stored documents).
    /// </summary>
    public async Task<int> RebuildAsync(IAsyncEnumerable<DocumentRecord> records, CancellationToken ct = default)
    {
        var writer = Writer();
        await _rebuildGate.WaitAsync(ct);
        try
        {
            writer.Commit();
            writer.DeleteAll();
            var count = 0;
            try
            {
                await foreach (var r in records.WithCancellation(ct))
                {
                    Upsert(r);
                    count++;
                }
            }
            catch (Exception e)
            {
                writer.Rollback();
                throw Failed(e);
            }
            _stale = false;
            CommitWithSchema();
            return count;
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    /// <summary>A searcher on the latest state; give it back with <see cref="Release"/>.</summary>
    public IndexSearcher Acquire()
    {
        if (_stale)
            throw new SearchIndexException($"The search index at {_location} was built by another version of kg. Rebuild it with `kg reindex`.");
        _searchers.MaybeRefreshBlocking();
        return _searchers.Acquire();
    }

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    /// <summary>The analyzer per field: exact fields keep diacritics, every other text field is folded.</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(VietnameseAnalyzer.Folded,
        SearchFields.ExactFields.ToDictionary(f => f, Analyzer (_) => VietnameseAnalyzer.Exact));

    public void Dispose()
    {
        _searchers.Dispose();
        if (_writer is not null)
        {
            try { CommitWithSchema(); } catch (ObjectDisposedException) { /* rolled back after a failed rebuild */ }
            _writer.Dispose();
        }
        _directory.Dispose();
        _rebuildGate.Dispose();
    }

    private IndexWriter Writer() => _writer
        ?? throw new SearchIndexException($"The search index at {_location} was opened read-only.");

    private void CommitWithSchema()
    {
        var writer = Writer();
        if (_stale) { writer.Commit(); return; }
        writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
        writer.Commit();
    }

    private static string? CommittedSchema(Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var v) ? v : null;
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}
