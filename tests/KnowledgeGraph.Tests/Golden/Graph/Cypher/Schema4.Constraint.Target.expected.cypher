// parameters: (none)
CREATE CONSTRAINT target_key IF NOT EXISTS ON (n:Target) ASSERT n.key IS UNIQUE
