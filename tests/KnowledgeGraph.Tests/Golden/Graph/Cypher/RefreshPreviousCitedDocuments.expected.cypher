// parameters: keys
UNWIND $keys AS k
MATCH (s:Document {key: k})
USING INDEX s:Document(key)
UNWIND coalesce(s.refDocuments, []) AS ref
MATCH (x:Document {key: ref})
USING INDEX x:Document(key)
WHERE x.ingested = false AND x.rankSource = k
WITH DISTINCT x
OPTIONAL MATCH ()-[c:CITES]->(x)
WHERE c.rank IS NOT NULL
WITH x, c ORDER BY c.rank
WITH x, head(collect(c)) AS best
SET x.code = best.code,
    x.codeKey = best.codeKey,
    x.type = best.type,
    x.date = best.date,
    x.year = best.year,
    x.issuer = best.issuer,
    x.province = best.province,
    x.provinceKey = best.provinceKey,
    x.title = best.subject,
    x.rank = best.rank,
    x.rankSource = best.source
