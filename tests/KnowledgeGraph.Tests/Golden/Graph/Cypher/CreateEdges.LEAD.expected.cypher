// parameters: rows
UNWIND $rows AS row
OPTIONAL MATCH (a:Task {key: row.from})
USING INDEX a:Task(key)
OPTIONAL MATCH (b:Unit {key: row.to})
USING INDEX b:Unit(key)
CREATE (a)-[r:LEAD]->(b)
SET r = row.props
