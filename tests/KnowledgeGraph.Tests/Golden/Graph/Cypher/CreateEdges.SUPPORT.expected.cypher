// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Task {key: row.from})
OPTIONAL MATCH (b:Unit {key: row.to})
CREATE (a)-[r:SUPPORT]->(b)
SET r = row.props
