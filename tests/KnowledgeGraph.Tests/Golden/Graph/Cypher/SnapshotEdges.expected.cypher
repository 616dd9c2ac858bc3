// parameters: (none)
MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a)[0] AS fromLabel, a.key AS from, labels(b)[0] AS toLabel, b.key AS to, properties(r) AS props
