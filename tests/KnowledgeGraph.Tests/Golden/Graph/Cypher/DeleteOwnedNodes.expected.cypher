// parameters: keys
UNWIND $keys AS k
MATCH (:Document {key: k})-[:ASSIGNS|HAS_TARGET]->(o)
DETACH DELETE o
