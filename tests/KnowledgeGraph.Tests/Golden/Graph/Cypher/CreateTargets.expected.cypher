// parameters: rows
UNWIND $rows AS row
CREATE (n:Target)
SET n = row.props
