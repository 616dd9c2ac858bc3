// parameters: keys
UNWIND $keys AS k
MATCH (d:Document {key: k})
USING INDEX d:Document(key)
RETURN d {.key, .code, .codeKey, .type, .issuer, .province, .provinceKey, .date, .year, .title, .signer, .sourceFile, .contentHash, .ingested} AS props
