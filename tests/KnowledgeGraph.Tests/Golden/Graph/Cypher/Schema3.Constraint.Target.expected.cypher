// parameters: (none)
CREATE CONSTRAINT ON (n:Target) ASSERT n.key IS UNIQUE
