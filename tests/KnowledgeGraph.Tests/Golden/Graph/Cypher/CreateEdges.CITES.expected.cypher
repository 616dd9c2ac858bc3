// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
USING INDEX a:Document(key)
OPTIONAL MATCH (b:Document {key: row.to})
USING INDEX b:Document(key)
CREATE (a)-[r:CITES]->(b)
SET r = row.props
