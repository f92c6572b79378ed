/**
 * The alignment of an element by brute force over an in-memory plan forest: the reference the
 * property tests compare the API (and so the maintained alignment state) with. Test support only.
 */
export interface BfNode {
  id: string;
  plan: number;
  parent: string | null;
  kind: string;
}
export interface BfForest {
  nodes: BfNode[];
  /** [source, target] linkages */
  edges: [string, string][];
  ranks: number[];
  /** per plan: may the caller read it */
  readable: boolean[];
}

export interface BfAlignment {
  contributors: Set<string>;
  strategies: number;
  covered: number;
  gaps: Set<string>;
  orphans: Set<string>;
}

export function bruteAlignment(f: BfForest, start: string): BfAlignment {
  const below = new Map<string, string[]>();
  const add = (from: string, to: string) => below.set(from, [...(below.get(from) ?? []), to]);
  for (const n of f.nodes) if (n.parent) add(n.parent, n.id);
  for (const [s, t] of f.edges) add(t, s);
  const descendants = (from: string) => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length)
      for (const next of below.get(stack.pop()!) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
    seen.delete(from);
    return seen;
  };
  const node = new Map(f.nodes.map((n) => [n.id, n]));
  const readable = (id: string) => f.readable[node.get(id)!.plan];
  // every contributor is walked through, readable or not; only readable ones are shown and counted
  const contributors = new Set([...descendants(start)].filter(readable));
  const kind = (id: string) => node.get(id)!.kind;
  const units = [start, ...contributors].filter((x) => kind(x) === 'strategy' || kind(x) === 'tactic');
  const served = (x: string) => [...descendants(x)].some((c) => contributors.has(c) && kind(c) === 'project');
  const strategies = units.filter((u) => kind(u) === 'strategy');

  const linksOut = new Set(f.edges.map(([s]) => s));
  const linkedUp = (id: string) => {
    for (let x: string | null = id; x; x = node.get(x)!.parent) if (linksOut.has(x)) return true;
    return false;
  };
  const rootRank = f.ranks[node.get(start)!.plan];
  const scopePlans = new Set([...contributors].map((c) => node.get(c)!.plan).filter((p) => f.ranks[p] < rootRank));
  const orphans = new Set(f.nodes.filter((n) => scopePlans.has(n.plan) && n.kind === 'project' && !linkedUp(n.id)).map((n) => n.id));
  return { contributors, strategies: strategies.length, covered: strategies.filter(served).length, gaps: new Set(units.filter((u) => !served(u))), orphans };
}
