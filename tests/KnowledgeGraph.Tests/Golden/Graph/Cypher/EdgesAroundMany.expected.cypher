// parameters: keys, types
UNWIND $keys AS k
MATCH (d:Document {key: k})-[r]-(:Document)
USING INDEX d:Document(key)
WHERE type(r) IN $types
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).key AS from, endNode(r).key AS to, properties(r) AS props
