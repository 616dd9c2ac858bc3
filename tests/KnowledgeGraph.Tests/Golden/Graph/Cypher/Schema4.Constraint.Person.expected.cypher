// parameters: (none)
CREATE CONSTRAINT person_key IF NOT EXISTS ON (n:Person) ASSERT n.key IS UNIQUE
