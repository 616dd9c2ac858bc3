// parameters: (none)
MATCH (d:Document)
RETURN d.ingested AS ingested, count(*) AS n
