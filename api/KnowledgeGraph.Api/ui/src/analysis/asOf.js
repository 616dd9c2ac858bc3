// Chuỗi triển khai tại một ngày (the cascade as of a date): only documents issued up to that date, and only those
// still connected to the root through them. The root always stays: it is what the analyst asked about.

/** { cascade, hidden: { later, undated } } */
export function cascadeAsOf(c, asOf) {
  if (!asOf) return { cascade: c, hidden: { later: 0, undated: 0 } };
  let later = 0, undated = 0;
  const kept = new Set([c.root.key]);
  for (const n of c.nodes) {
    const d = n.document;
    if (d.key === c.root.key) continue;
    if (!d.date) undated++;
    else if (d.date.slice(0, 10) > asOf) later++;
    else kept.add(d.key);
  }
  const edges = c.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
  // Reachable from the root over the kept edges: a document whose only link was through a later one drops out.
  const next = new Map();
  for (const e of edges) {
    (next.get(e.from) ?? next.set(e.from, []).get(e.from)).push(e.to);
    (next.get(e.to) ?? next.set(e.to, []).get(e.to)).push(e.from);
  }
  const reached = new Set([c.root.key]);
  const queue = [c.root.key];
  while (queue.length) for (const k of next.get(queue.shift()) ?? []) if (!reached.has(k)) { reached.add(k); queue.push(k); }
  const cut = kept.size - reached.size;
  return {
    cascade: {
      ...c,
      nodes: c.nodes.filter((n) => reached.has(n.document.key)),
      edges: edges.filter((e) => reached.has(e.from) && reached.has(e.to)),
      tasks: c.tasks.filter((t) => reached.has(t.document)),
      units: c.units,
    },
    hidden: { later: later + cut, undated },
  };
}
