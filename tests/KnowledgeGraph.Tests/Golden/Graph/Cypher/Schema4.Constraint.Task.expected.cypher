// parameters: (none)
CREATE CONSTRAINT task_key IF NOT EXISTS ON (n:Task) ASSERT n.key IS UNIQUE
