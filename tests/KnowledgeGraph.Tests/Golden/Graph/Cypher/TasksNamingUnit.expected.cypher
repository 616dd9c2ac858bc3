// parameters: unitKey
MATCH (x:Unit {key: $unitKey})<-[:LEAD|SUPPORT]-(t:Task)
USING INDEX x:Unit(key)
WITH DISTINCT t
OPTIONAL MATCH (t)-[r:LEAD|SUPPORT]->(u:Unit)
RETURN properties(t) AS task, collect([type(r), u.key, properties(r)]) AS units
