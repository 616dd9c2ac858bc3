// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
UNWIND coalesce(d.refUnits, []) AS ref
MATCH (x:Unit {key: ref})
USING INDEX x:Unit(key)
WHERE NOT (x)--()
WITH DISTINCT x
DELETE x
