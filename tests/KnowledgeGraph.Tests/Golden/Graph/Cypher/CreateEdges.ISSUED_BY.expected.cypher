// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
USING INDEX a:Document(key)
OPTIONAL MATCH (b:Unit {key: row.to})
USING INDEX b:Unit(key)
CREATE (a)-[r:ISSUED_BY]->(b)
SET r = row.props
