/**
 * The budget-flow Sankey, free of React: links between labelled nodes in layers (source → level →
 * organisation → strategy) become an ECharts option and the table of the same numbers. Amounts
 * stay decimal strings for the table and CSV; the chart gets Numbers only to size its bands.
 */
import type { ChartOption } from '../common/chart/echarts-setup';
import type { ChartTable, TableRow } from '../common/chart/table-model';
import { compareBaht, fromSatang, normaliseAmount, toSatang } from './money';

export const FLOW_LAYERS = ['source', 'level', 'organisation', 'strategy'] as const;
export type FlowLayer = (typeof FLOW_LAYERS)[number];

export interface FlowNode {
  layer: FlowLayer;
  key: string;
  label: string;
}
export interface FlowLink {
  from: FlowNode;
  to: FlowNode;
  amount: string;
}

export interface SankeyModel {
  /** every node named by a link, in first-seen order */
  nodes: Array<FlowNode & { id: string }>;
  /** merged (same ends summed in satang), largest first; zero amounts dropped */
  links: Array<{ from: string; to: string; amount: string }>;
  /** links left out of the drawing because they would close a loop (the table still lists them) */
  loops: Array<{ from: string; to: string; amount: string }>;
}

/** ECharts names Sankey nodes by `name`, so two layers with a same-named node need distinct ids. */
export const nodeId = (node: Pick<FlowNode, 'layer' | 'key'>) => `${node.layer}:${node.key}`;

export function buildSankeyModel(input: readonly FlowLink[]): SankeyModel {
  const nodes = new Map<string, FlowNode & { id: string }>();
  const totals = new Map<string, { from: string; to: string; satang: bigint }>();
  for (const link of input) {
    const from = nodeId(link.from);
    const to = nodeId(link.to);
    if (!nodes.has(from)) nodes.set(from, { ...link.from, id: from });
    if (!nodes.has(to)) nodes.set(to, { ...link.to, id: to });
    const key = `${from}\u0000${to}`;
    const entry = totals.get(key) ?? { from, to, satang: 0n };
    entry.satang += toSatang(normaliseAmount(link.amount));
    totals.set(key, entry);
  }
  const merged = [...totals.values()]
    .filter((l) => l.satang > 0n)
    .map((l) => ({ from: l.from, to: l.to, amount: fromSatang(l.satang) }))
    .sort((a, b) => compareBaht(b.amount, a.amount) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));

  // ECharts refuses a Sankey with a cycle; a self-transfer or a loop of transfers must not blank the page
  const outgoing = new Map<string, string[]>();
  const reaches = (start: string, goal: string) => {
    const stack = [start];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === goal) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(outgoing.get(at) ?? []));
    }
    return false;
  };
  const links: SankeyModel['links'] = [];
  const loops: SankeyModel['loops'] = [];
  for (const link of merged) {
    if (reaches(link.to, link.from)) {
      loops.push(link);
      continue;
    }
    outgoing.set(link.from, [...(outgoing.get(link.from) ?? []), link.to]);
    links.push(link);
  }
  return { nodes: [...nodes.values()], links, loops };
}

export interface SankeyText {
  layerName: (layer: FlowLayer) => string;
  formatAmount: (amount: string) => string;
}

/**
 * The chart: ECharts places each node by its longest path from a source ('justify' puts the
 * strategies at the right), so a transfer between two organisations draws as a step to the
 * right instead of a band folding back inside one column. Labels and tooltips come from the
 * node's own label.
 */
export function sankeyOption(model: SankeyModel, text: SankeyText): ChartOption {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const label = (id: string) => byId.get(id)?.label ?? id;
  const drawn = new Set(model.links.flatMap((l) => [l.from, l.to]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { dataType?: string; name?: string; data?: { source?: string; target?: string; amount?: string } };
        if (p.dataType === 'edge' && p.data?.source && p.data.target) {
          return `${escapeHtml(label(p.data.source))} → ${escapeHtml(label(p.data.target))}<br>${escapeHtml(text.formatAmount(p.data.amount ?? '0'))}`;
        }
        const node = p.name ? byId.get(p.name) : undefined;
        return node ? `${escapeHtml(node.label)}<br>${escapeHtml(text.layerName(node.layer))}` : '';
      },
    },
    series: [
      {
        type: 'sankey',
        nodeAlign: 'justify',
        layoutIterations: 32,
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.45 },
        label: { formatter: (p: { name?: string }) => label(p.name ?? '') },
        data: model.nodes.filter((n) => drawn.has(n.id)).map((n) => ({ name: n.id })),
        links: model.links.map((l) => ({ source: l.from, target: l.to, value: Number(l.amount), amount: l.amount })),
      },
    ],
  } as ChartOption;
}

export interface FlowRow extends TableRow {
  from: string;
  fromLayer: string;
  to: string;
  toLayer: string;
  amount: string;
}

export function sankeyTable(
  model: SankeyModel,
  text: SankeyText & { columns: Record<'from' | 'fromLayer' | 'to' | 'toLayer' | 'amount', string> },
): ChartTable<FlowRow> {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const rows = [...model.links, ...model.loops].map((l) => {
    const from = byId.get(l.from)!;
    const to = byId.get(l.to)!;
    return { from: from.label, fromLayer: text.layerName(from.layer), to: to.label, toLayer: text.layerName(to.layer), amount: l.amount };
  });
  return {
    columns: [
      { key: 'from', label: text.columns.from },
      { key: 'fromLayer', label: text.columns.fromLayer },
      { key: 'to', label: text.columns.to },
      { key: 'toLayer', label: text.columns.toLayer },
      { key: 'amount', label: text.columns.amount, align: 'end', format: (v) => text.formatAmount(String(v)) },
    ],
    rows,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The API's flow (node ids with Thai and English names, links by id) as labelled links. */
export interface ApiFlow {
  nodes: Array<{ id: string; name_th: string; name_en: string; kind: FlowLayer }>;
  links: Array<{ source: string; target: string; amount: string }>;
}

export function flowLinksFromApi(flow: ApiFlow, language: 'th' | 'en'): FlowLink[] {
  const nodes = new Map(
    flow.nodes.map((n) => [n.id, { layer: n.kind, key: n.id, label: (language === 'th' ? n.name_th : n.name_en) || n.name_th || n.name_en }]),
  );
  const node = (id: string): FlowNode => nodes.get(id) ?? { layer: 'organisation', key: id, label: id };
  return flow.links.map((l) => ({ from: node(l.source), to: node(l.target), amount: l.amount }));
}
