// parameters: (none)
CREATE CONSTRAINT ON (n:Person) ASSERT n.key IS UNIQUE
