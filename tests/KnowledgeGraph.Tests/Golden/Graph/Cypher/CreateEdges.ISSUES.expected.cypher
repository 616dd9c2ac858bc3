// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Document {key: row.to})
CREATE (a)-[r:ISSUES]->(b)
SET r = row.props
