// parameters: keys
UNWIND $keys AS ref
MATCH (d:Document {key: ref})
WHERE d.ingested = false
WITH DISTINCT d
OPTIONAL MATCH (a:Document)-[c:CITES]->(d)
WITH d, a, c ORDER BY c.source, a.key
WITH d, collect(c) AS cs
SET d.code = head([x IN cs WHERE x.code IS NOT NULL | x.code]),
    d.codeKey = head([x IN cs WHERE x.codeKey IS NOT NULL | x.codeKey]),
    d.type = head([x IN cs WHERE x.type IS NOT NULL | x.type]),
    d.date = head([x IN cs WHERE x.date IS NOT NULL | x.date]),
    d.year = head([x IN cs WHERE x.year IS NOT NULL | x.year]),
    d.issuer = head([x IN cs WHERE x.issuer IS NOT NULL | x.issuer]),
    d.province = head([x IN cs WHERE x.province IS NOT NULL | x.province]),
    d.provinceKey = head([x IN cs WHERE x.provinceKey IS NOT NULL | x.provinceKey]),
    d.title = head([x IN cs WHERE x.subject IS NOT NULL | x.subject])
