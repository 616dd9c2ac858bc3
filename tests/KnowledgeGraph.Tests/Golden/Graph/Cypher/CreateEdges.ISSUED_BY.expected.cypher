// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Unit {key: row.to})
CREATE (a)-[r:ISSUED_BY]->(b)
SET r = row.props
