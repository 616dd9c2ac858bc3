// parameters: (none)
CREATE CONSTRAINT ON (n:Document) ASSERT n.key IS UNIQUE
