// parameters: keys
UNWIND $keys AS k
MATCH (u:Unit {key: k})
RETURN properties(u) AS props
