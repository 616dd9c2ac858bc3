// parameters: keys
UNWIND $keys AS k
MATCH (u:Unit {key: k})
USING INDEX u:Unit(key)
RETURN properties(u) AS props
