// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
UNWIND coalesce(d.refDocuments, []) AS ref
MATCH (x:Document {key: ref})-[r]-()
USING INDEX x:Document(key)
WHERE r.source = k
WITH DISTINCT r
DELETE r
