// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
UNWIND coalesce(d.refPersons, []) AS ref
MATCH (x:Person {key: ref})
WHERE NOT (x)--()
WITH DISTINCT x
DELETE x
