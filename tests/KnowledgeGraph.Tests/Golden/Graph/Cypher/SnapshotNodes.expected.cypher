// parameters: (none)
MATCH (n)
RETURN labels(n)[0] AS label, n.key AS key, properties(n) AS props
