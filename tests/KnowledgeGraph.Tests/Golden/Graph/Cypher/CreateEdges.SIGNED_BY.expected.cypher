// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
USING INDEX a:Document(key)
OPTIONAL MATCH (b:Person {key: row.to})
USING INDEX b:Person(key)
CREATE (a)-[r:SIGNED_BY]->(b)
SET r = row.props
