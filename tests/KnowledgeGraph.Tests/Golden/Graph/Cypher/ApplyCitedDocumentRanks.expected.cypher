// parameters: rows
UNWIND $rows AS row
MATCH (x:Document {key: row.key})
USING INDEX x:Document(key)
WHERE x.ingested = false AND (x.rank IS NULL OR row.rank < x.rank)
SET x.code = row.props.code,
    x.codeKey = row.props.codeKey,
    x.type = row.props.type,
    x.date = row.props.date,
    x.year = row.props.year,
    x.issuer = row.props.issuer,
    x.province = row.props.province,
    x.provinceKey = row.props.provinceKey,
    x.title = row.props.title,
    x.rank = row.rank,
    x.rankSource = row.source
