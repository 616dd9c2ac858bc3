// parameters: (none)
CREATE INDEX document_codeKey IF NOT EXISTS FOR (n:Document) ON (n.codeKey)
