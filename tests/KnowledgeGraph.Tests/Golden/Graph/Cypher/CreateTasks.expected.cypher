// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (d:Document {key: row.document})
USING INDEX d:Document(key)
CREATE (d)-[r:ASSIGNS]->(n:Task)
SET n = row.props, r = row.edge
