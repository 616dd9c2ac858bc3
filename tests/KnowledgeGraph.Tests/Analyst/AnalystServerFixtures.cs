using KnowledgeGraph.Tests.Api;
using KnowledgeGraph.Tests.Graph;

namespace KnowledgeGraph.Tests.Analyst;

/// <summary>A real server over ../shared/corpus plus ../shared/seeds, ingested the way the API fixture does.</summary>
public sealed class CorpusAndSeedsServerFixture() : ApiServerFixture(Path.Combine(RepoPaths.Shared, "corpus"), RepoPaths.Seeds);

/// <summary>A real server over the seeds only (watch tests ingest more through the mutation, so they get their own).</summary>
public sealed class WatchServerFixture() : ApiServerFixture(RepoPaths.Seeds);

/// <summary>An empty server: the unit registry test ingests its two small plans through the mutation.</summary>
public sealed class EmptyAnalystServerFixture() : ApiServerFixture();
