// parameters: (none)
CREATE CONSTRAINT ON (n:Unit) ASSERT n.key IS UNIQUE
