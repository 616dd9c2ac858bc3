// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})-[r]-()
USING INDEX d:Document(key)
WHERE r.source = k
WITH DISTINCT r
DELETE r
