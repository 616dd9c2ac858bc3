// parameters: rows
UNWIND $rows AS row
CREATE (n:Task)
SET n = row.props
