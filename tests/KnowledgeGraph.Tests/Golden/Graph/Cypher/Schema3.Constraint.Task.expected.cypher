// parameters: (none)
CREATE CONSTRAINT ON (n:Task) ASSERT n.key IS UNIQUE
