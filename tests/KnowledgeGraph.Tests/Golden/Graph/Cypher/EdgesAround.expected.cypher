// parameters: key, types
MATCH (d:Document {key: $key})-[r]-(:Document)
USING INDEX d:Document(key)
WHERE type(r) IN $types
RETURN type(r) AS type, startNode(r).key AS from, endNode(r).key AS to, properties(r) AS props
