// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
UNWIND coalesce(d.refDocuments, []) AS ref
MATCH (:Document {key: ref})-[r]-()
WHERE r.source = k
WITH DISTINCT r
DELETE r
