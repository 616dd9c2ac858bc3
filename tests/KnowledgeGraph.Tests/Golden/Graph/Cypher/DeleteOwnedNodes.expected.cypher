// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
WHERE d.ingested = true
MATCH (d)-[:ASSIGNS|HAS_TARGET]->(o)
DETACH DELETE o
