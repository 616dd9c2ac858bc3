// parameters: keys
UNWIND $keys AS k
MATCH (s:Document {key: k})
UNWIND coalesce(s.refPersons, []) AS ref
MATCH (u:Person {key: ref})
WITH DISTINCT u
OPTIONAL MATCH (a)-[r]->(u)
WITH u, a, r ORDER BY r.name, r.province, r.source, a.key
WITH u, head([x IN collect(r) WHERE x.name IS NOT NULL]) AS first
SET u.name = first.name, u.province = first.province
