// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
UNWIND coalesce(d.refDocuments, []) AS ref
MATCH (x:Document {key: ref})
USING INDEX x:Document(key)
WHERE x.ingested = false AND NOT (x)--()
WITH DISTINCT x
DELETE x
