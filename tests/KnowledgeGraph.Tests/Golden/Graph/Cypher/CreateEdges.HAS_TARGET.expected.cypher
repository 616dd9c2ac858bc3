// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Target {key: row.to})
CREATE (a)-[r:HAS_TARGET]->(b)
SET r = row.props
