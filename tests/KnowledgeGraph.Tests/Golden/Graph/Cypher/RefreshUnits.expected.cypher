// parameters: keys
UNWIND $keys AS ref
MATCH (u:Unit {key: ref})
WITH DISTINCT u
OPTIONAL MATCH (a)-[r]->(u)
WITH u, a, r ORDER BY r.name, r.province, r.source, a.key
WITH u, head([x IN collect(r) WHERE x.name IS NOT NULL]) AS first
SET u.name = first.name, u.province = first.province
