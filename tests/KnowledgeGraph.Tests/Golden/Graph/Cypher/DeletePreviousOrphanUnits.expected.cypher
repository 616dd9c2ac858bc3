// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
UNWIND coalesce(d.refUnits, []) AS ref
MATCH (x:Unit {key: ref})
WHERE NOT (x)--()
WITH DISTINCT x
DELETE x
