// parameters: (none)
CREATE INDEX ON :Document(codeKey)
