// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})-[:ASSIGNS]->(t:Task)
USING INDEX d:Document(key)
OPTIONAL MATCH (t)-[r:LEAD|SUPPORT]->(u:Unit)
RETURN properties(t) AS task, collect([type(r), u.key, properties(r)]) AS units
