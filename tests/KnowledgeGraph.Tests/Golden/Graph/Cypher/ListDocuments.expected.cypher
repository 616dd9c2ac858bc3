// parameters: type, provinceKey, year, yearFrom, yearTo, ingested, issuerWords, textWords, folds, after, limit
MATCH (d:Document)
WHERE ($type IS NULL OR d.type = $type)
  AND ($provinceKey IS NULL OR d.provinceKey = $provinceKey)
  AND ($year IS NULL OR d.year = $year)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)
  AND ($ingested IS NULL OR d.ingested = $ingested)
  AND ($after IS NULL OR d.key > $after)
WITH d,
  CASE WHEN size($issuerWords) = 0 THEN null ELSE reduce(s = toLower(d.issuer), p IN $folds | replace(s, p[0], p[1])) END AS issuer,
  CASE WHEN size($textWords) = 0 THEN null ELSE reduce(s = toLower(d.code), p IN $folds | replace(s, p[0], p[1])) END AS code,
  CASE WHEN size($textWords) = 0 THEN null ELSE reduce(s = toLower(d.title), p IN $folds | replace(s, p[0], p[1])) END AS title
WHERE all(w IN $issuerWords WHERE issuer CONTAINS w)
  AND all(w IN $textWords WHERE code CONTAINS w OR title CONTAINS w)
WITH d ORDER BY d.key LIMIT $limit
RETURN d {.key, .code, .codeKey, .type, .issuer, .province, .provinceKey, .date, .year, .title, .signer, .sourceFile, .contentHash, .ingested} AS props
