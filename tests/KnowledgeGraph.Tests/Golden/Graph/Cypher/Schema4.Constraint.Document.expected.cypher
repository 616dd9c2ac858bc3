// parameters: (none)
CREATE CONSTRAINT document_key IF NOT EXISTS ON (n:Document) ASSERT n.key IS UNIQUE
