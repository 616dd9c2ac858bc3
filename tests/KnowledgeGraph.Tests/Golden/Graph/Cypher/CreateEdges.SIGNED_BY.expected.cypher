// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Person {key: row.to})
CREATE (a)-[r:SIGNED_BY]->(b)
SET r = row.props
