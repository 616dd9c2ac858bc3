// parameters: keys
UNWIND $keys AS k
MATCH (s:Document {key: k})
USING INDEX s:Document(key)
UNWIND coalesce(s.refUnits, []) AS ref
MATCH (x:Unit {key: ref})
USING INDEX x:Unit(key)
WHERE x.rankSource = k
WITH DISTINCT x
OPTIONAL MATCH ()-[r]->(x)
WHERE r.rank IS NOT NULL
WITH x, r ORDER BY r.rank
WITH x, head(collect(r)) AS best
SET x.name = best.name,
    x.province = best.province,
    x.rank = best.rank,
    x.rankSource = best.source
