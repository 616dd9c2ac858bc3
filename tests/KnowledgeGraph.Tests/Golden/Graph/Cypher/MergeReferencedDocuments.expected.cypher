// parameters: rows
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
ON CREATE SET d.ingested = false
