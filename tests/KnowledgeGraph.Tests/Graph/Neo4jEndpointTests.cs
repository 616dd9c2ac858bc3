using KnowledgeGraph.Graph.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests.Graph;

/// <summary>Discovery documents as Neo4j 3.x, 4.x and 5.x send them → version and commit URL.</summary>
public sealed class Neo4jEndpointTests
{
    public static TheoryData<string, string, string?, string, int, string> Servers => new()
    {
        {
            "3.1 on the default port",
            """{ "management" : "http://127.0.0.1:7474/db/manage/", "data" : "http://127.0.0.1:7474/db/data/", "bolt" : "bolt://127.0.0.1:7687" }""",
            """{ "extensions" : { }, "transaction" : "http://127.0.0.1:7474/db/data/transaction", "neo4j_version" : "3.1.1" }""",
            "3.1.1", 3, "http://127.0.0.1:7474/db/data/transaction/commit"
        },
        {
            "3.5 advertising localhost while reached by address",
            """{ "data" : "http://localhost:7474/db/data/", "management" : "http://localhost:7474/db/manage/" }""",
            """{ "transaction" : "http://localhost:7474/db/data/transaction", "neo4j_version" : "3.5.35" }""",
            "3.5.35", 3, "http://127.0.0.1:7474/db/data/transaction/commit"
        },
        {
            "4.4",
            """{ "bolt_routing" : "neo4j://localhost:7687", "transaction" : "http://localhost:7474/db/{databaseName}/tx", "bolt_direct" : "bolt://localhost:7687", "neo4j_version" : "4.4.30", "neo4j_edition" : "community" }""",
            null, "4.4.30", 4, "http://127.0.0.1:7474/db/neo4j/tx/commit"
        },
        {
            "5.x",
            """{ "bolt_routing" : "neo4j://localhost:7687", "query" : "http://localhost:7474/db/{databaseName}/query/v2", "transaction" : "http://localhost:7474/db/{databaseName}/tx", "bolt_direct" : "bolt://localhost:7687", "neo4j_version" : "5.26.2", "neo4j_edition" : "community" }""",
            null, "5.26.2", 5, "http://127.0.0.1:7474/db/neo4j/tx/commit"
        },
    };

    [Theory]
    [MemberData(nameof(Servers))]
    public void Discovery_gives_the_version_and_the_commit_url(string server, string root, string? data, string version, int major, string commit)
    {
        var baseUrl = new Uri("http://127.0.0.1:7474");
        Assert.Equal(data is not null, Neo4jEndpoint.DataLink(baseUrl, root) is not null);
        var e = Neo4jEndpoint.Parse(baseUrl, root, data, "neo4j");
        Assert.True((version, major, commit) == (e.Version, e.Major, e.CommitUrl.ToString()), $"{server}: {e}");
    }

    [Fact]
    public void The_database_name_goes_into_the_4_x_commit_url()
    {
        var root = """{ "transaction" : "http://localhost:7474/db/{databaseName}/tx", "neo4j_version" : "5.1.0" }""";
        Assert.Equal("http://127.0.0.1:7474/db/plans/tx/commit", Neo4jEndpoint.Parse(new Uri("http://127.0.0.1:7474/"), root, null, "plans").CommitUrl.ToString());
    }

    [Theory]
    [InlineData(3, "CREATE CONSTRAINT ON (n:Document) ASSERT n.key IS UNIQUE")]
    [InlineData(4, "CREATE CONSTRAINT document_key IF NOT EXISTS ON (n:Document) ASSERT n.key IS UNIQUE")]
    [InlineData(5, "CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE")]
    [InlineData(6, "CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE")]
    public void The_schema_statements_use_the_ddl_of_the_discovered_version(int major, string documentConstraint)
    {
        var schema = CypherStatements.Schema(major);
        Assert.Equal(documentConstraint, schema[0].Text);
        Assert.Equal(6, schema.Count); // five unique keys and the code index
    }
}
