// parameters: keys, types
UNWIND $keys AS k
MATCH (a:Document {key: k})-[r]->(b:Document)
USING INDEX a:Document(key)
WHERE type(r) IN $types
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props
