import type { NetworkView } from './coordination.types';

type Named = { nameTh: string; nameEn: string };

/** The network's edges as table rows: one per link, both ends named, committees listed once per pair. */
export function networkRows(network: NetworkView, name: (n: Named) => string) {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const rows = network.edges.map((e) => ({
    from: nodes.get(e.source) ? name(nodes.get(e.source)!) : e.source,
    to: nodes.get(e.target) ? name(nodes.get(e.target)!) : e.target,
    kind: e.kind,
    label: e.label,
  }));
  return rows.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.label.localeCompare(b.label));
}

/** How many links each organisation has: node size in the graph. */
export function degrees(network: NetworkView): Map<string, number> {
  const out = new Map<string, number>(network.nodes.map((n) => [n.id, 0]));
  for (const e of network.edges) {
    out.set(e.source, (out.get(e.source) ?? 0) + 1);
    out.set(e.target, (out.get(e.target) ?? 0) + 1);
  }
  return out;
}
