// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
UNWIND coalesce(d.refPersons, []) AS ref
MATCH (x:Person {key: ref})
USING INDEX x:Person(key)
WHERE NOT (x)--()
WITH DISTINCT x
DELETE x
