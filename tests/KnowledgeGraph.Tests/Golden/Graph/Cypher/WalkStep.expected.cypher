// parameters: keys, inward, outward, both, minScore
UNWIND $keys AS k
MATCH (d:Document {key: k})-[r]-(x:Document)
USING INDEX d:Document(key)
WHERE (type(r) IN $inward AND endNode(r) = d)
   OR (type(r) IN $outward AND startNode(r) = d)
   OR (type(r) IN $both AND r.score >= $minScore)
RETURN DISTINCT x.key AS key
