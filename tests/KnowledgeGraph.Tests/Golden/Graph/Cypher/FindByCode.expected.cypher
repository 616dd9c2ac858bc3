// parameters: codeKey, year, provinceKey
MATCH (d:Document)
USING INDEX d:Document(codeKey)
WHERE d.codeKey = $codeKey
  AND ($year IS NULL OR d.year = $year)
  AND ($provinceKey IS NULL OR d.provinceKey = $provinceKey)
RETURN d {.key, .code, .codeKey, .type, .issuer, .province, .provinceKey, .date, .year, .title, .signer, .sourceFile, .contentHash, .ingested} AS props
