// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})-[:ASSIGNS|HAS_TARGET]->(o)
USING INDEX d:Document(key)
DETACH DELETE o
