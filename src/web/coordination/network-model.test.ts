import { describe, expect, it } from 'vitest';
import type { NetworkView } from './coordination.types';
import { degrees, networkRows } from './network-model';

const node = (id: string, nameEn: string) => ({ id, code: id, nameTh: `ท-${nameEn}`, nameEn, kind: 'ministry' as const, tier: 'central' as const, depth: 0 });
const edge = (source: string, target: string, kind: 'relationship' | 'committee', label: string) => ({
  source,
  target,
  kind,
  label,
  labelTh: label,
  labelEn: label,
  relationshipKind: null,
  committeeId: null,
});

const network = {
  nodes: [node('a', 'Alpha'), node('b', 'Bravo'), node('c', 'Charlie')],
  edges: [edge('b', 'c', 'committee', 'Board'), edge('a', 'b', 'relationship', 'oversight'), edge('a', 'b', 'committee', 'Board')],
  truncated: false,
} as unknown as NetworkView;

describe('network table and node sizes', () => {
  it('names both ends of every link in the UI language and sorts the rows', () => {
    const rows = networkRows(network, (n) => n.nameEn);
    expect(rows.map((r) => [r.from, r.to, r.kind, r.label])).toEqual([
      ['Alpha', 'Bravo', 'committee', 'Board'],
      ['Alpha', 'Bravo', 'relationship', 'oversight'],
      ['Bravo', 'Charlie', 'committee', 'Board'],
    ]);
    expect(networkRows(network, (n) => n.nameTh)[0]!.from).toBe('ท-Alpha');
  });

  it('counts each organisation’s links, isolated ones at zero', () => {
    const lonely = { ...network, nodes: [...network.nodes, node('d', 'Delta')] } as NetworkView;
    expect(Object.fromEntries(degrees(lonely))).toEqual({ a: 2, b: 3, c: 1, d: 0 });
  });
});
