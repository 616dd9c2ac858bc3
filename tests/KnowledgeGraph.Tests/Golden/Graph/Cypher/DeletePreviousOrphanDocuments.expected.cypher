// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
UNWIND coalesce(d.refDocuments, []) AS ref
MATCH (x:Document {key: ref})
WHERE x.ingested = false AND NOT (x)--()
WITH DISTINCT x
DELETE x
