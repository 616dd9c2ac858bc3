// parameters: rows
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
SET p += row.props
