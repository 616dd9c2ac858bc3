// parameters: rows
UNWIND $rows AS row
MERGE (u:Unit {key: row.key})
SET u += row.props
