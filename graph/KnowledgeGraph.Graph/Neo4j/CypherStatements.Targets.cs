using KnowledgeGraph.Graph.Model;
using static KnowledgeGraph.Graph.Model.NodeLabel;

namespace KnowledgeGraph.Graph.Neo4j;

/// <summary>Reads of Chỉ tiêu (targets); part of the one set of statements (listed in <see cref="AllTemplates"/>).</summary>
public static partial class CypherStatements
{
    public static readonly CypherTemplate TargetsOfDocuments = new(nameof(TargetsOfDocuments), $$"""
        UNWIND $keys AS k
        MATCH (d:{{Document}} {{{Prop.Key}}: k})-[:{{EdgeType.HasTarget}}]->(g:{{Target}})
        USING INDEX d:{{Document}}({{Prop.Key}})
        RETURN properties(g) AS target
        """, ["keys"]);
}
