// parameters: after, limit
MATCH (d:Document)
WHERE d.ingested = true AND ($after IS NULL OR d.key > $after)
WITH d ORDER BY d.key LIMIT $limit
RETURN d {.key, .code, .codeKey, .type, .issuer, .province, .provinceKey, .date, .year, .title, .signer, .sourceFile, .contentHash, .ingested} AS props, d.fullText AS text
