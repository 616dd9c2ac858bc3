// parameters: key
MATCH (d:Document {key: $key})
WHERE d.ingested = true
RETURN d.fullText AS text
