// parameters: keys
UNWIND $keys AS k
MATCH (:Document {key: k})-[r]-()
WHERE r.source = k
WITH DISTINCT r
DELETE r
