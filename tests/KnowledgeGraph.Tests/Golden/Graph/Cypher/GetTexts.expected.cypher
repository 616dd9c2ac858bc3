// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
WHERE d.ingested = true
RETURN d.key AS key, d.fullText AS text
