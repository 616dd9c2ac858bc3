// parameters: (none)
CREATE CONSTRAINT unit_key IF NOT EXISTS ON (n:Unit) ASSERT n.key IS UNIQUE
