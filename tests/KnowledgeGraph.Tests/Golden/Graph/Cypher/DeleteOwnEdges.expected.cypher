// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
WHERE d.ingested = true
MATCH (d)-[r]-()
WHERE r.source = k
WITH DISTINCT r
DELETE r
