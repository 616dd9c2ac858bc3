// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})-[:HAS_TARGET]->(g:Target)
USING INDEX d:Document(key)
RETURN properties(g) AS target
