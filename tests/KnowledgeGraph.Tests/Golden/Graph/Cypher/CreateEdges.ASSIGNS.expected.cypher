// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Task {key: row.to})
CREATE (a)-[r:ASSIGNS]->(b)
SET r = row.props
