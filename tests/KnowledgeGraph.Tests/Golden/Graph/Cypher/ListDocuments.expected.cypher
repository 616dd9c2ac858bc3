// parameters: after, type, provinceKey, year, ingested, limit
MATCH (d:Document)
WHERE ($after IS NULL OR d.key > $after)
  AND ($type IS NULL OR d.type = $type)
  AND ($provinceKey IS NULL OR d.provinceKey = $provinceKey)
  AND ($year IS NULL OR d.year = $year)
  AND ($ingested IS NULL OR d.ingested = $ingested)
WITH d ORDER BY d.key LIMIT $limit
RETURN d {.key, .code, .codeKey, .type, .issuer, .province, .provinceKey, .date, .year, .title, .signer, .sourceFile, .contentHash, .ingested} AS props
