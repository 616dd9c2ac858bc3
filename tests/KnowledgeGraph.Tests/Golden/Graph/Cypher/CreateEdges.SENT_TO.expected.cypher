// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Document {key: row.from})
OPTIONAL MATCH (b:Unit {key: row.to})
CREATE (a)-[r:SENT_TO]->(b)
SET r = row.props
