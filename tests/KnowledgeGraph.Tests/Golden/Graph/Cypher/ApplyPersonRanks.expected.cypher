// parameters: rows
UNWIND $rows AS row
MATCH (x:Person {key: row.key})
USING INDEX x:Person(key)
WHERE (x.rank IS NULL OR row.rank < x.rank)
SET x.name = row.props.name,
    x.province = row.props.province,
    x.rank = row.rank,
    x.rankSource = row.source
