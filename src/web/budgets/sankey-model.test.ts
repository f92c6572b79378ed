import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSatang } from './money';
import { buildSankeyModel, flowLinksFromApi, nodeId, sankeyOption, sankeyTable, type FlowLink, type FlowNode } from './sankey-model';

const state: FlowNode = { layer: 'source', key: 'state_budget', label: 'State budget' };
const province: FlowNode = { layer: 'level', key: 'province', label: 'Province' };
const udon: FlowNode = { layer: 'organisation', key: 'o1', label: 'Udon Thani Provincial Office' };
const city: FlowNode = { layer: 'organisation', key: 'o2', label: 'Udon Thani City Municipality' };
const ns4: FlowNode = { layer: 'strategy', key: 's4', label: 'Social Cohesion' };
const text = {
  layerName: (layer: string) => `[${layer}]`,
  formatAmount: (amount: string) => `฿${amount}`,
  columns: { from: 'From', fromLayer: 'From layer', to: 'To', toLayer: 'To layer', amount: 'Amount' },
};

describe('budget-flow Sankey model', () => {
  it('merges links with the same ends in satang, largest first, and drops zero flows', () => {
    const model = buildSankeyModel([
      { from: state, to: province, amount: '0.10' },
      { from: province, to: udon, amount: '500.00' },
      { from: state, to: province, amount: '0.20' },
      { from: udon, to: ns4, amount: '0' },
    ]);
    expect(model.links).toEqual([
      { from: 'level:province', to: 'organisation:o1', amount: '500.00' },
      { from: 'source:state_budget', to: 'level:province', amount: '0.30' },
    ]);
    expect(model.loops).toEqual([]);
  });

  it('keeps a same-named node in two layers apart', () => {
    const model = buildSankeyModel([{ from: { layer: 'source', key: 'x', label: 'Other' }, to: { layer: 'level', key: 'x', label: 'Other' }, amount: '1' }]);
    expect(model.nodes.map((n) => n.id)).toEqual(['source:x', 'level:x']);
  });

  it('leaves out of the drawing a transfer that would close a loop, but keeps it in the table', () => {
    const model = buildSankeyModel([
      { from: udon, to: city, amount: '300' },
      { from: city, to: udon, amount: '100' },
      { from: udon, to: udon, amount: '5' },
    ]);
    expect(model.links).toEqual([{ from: 'organisation:o1', to: 'organisation:o2', amount: '300.00' }]);
    expect(model.loops.map((l) => l.amount)).toEqual(['100.00', '5.00']);
    const table = sankeyTable(model, text);
    expect(table.rows.map((r) => `${r.from}>${r.to}:${r.amount}`)).toEqual([
      'Udon Thani Provincial Office>Udon Thani City Municipality:300.00',
      'Udon Thani City Municipality>Udon Thani Provincial Office:100.00',
      'Udon Thani Provincial Office>Udon Thani Provincial Office:5.00',
    ]);
  });

  it('draws the linked nodes with their labels and keeps the exact amount on each link', () => {
    const model = buildSankeyModel([
      { from: state, to: province, amount: '1000000.05' },
      { from: province, to: udon, amount: '1000000.05' },
      { from: udon, to: ns4, amount: '250000' },
    ]);
    const option = sankeyOption(model, text) as {
      series: Array<{
        data: Array<{ name: string }>;
        links: Array<{ source: string; value: number; amount: string }>;
        label: { formatter: (p: { name: string }) => string };
      }>;
    };
    const [series] = option.series;
    expect(series.data).toEqual([{ name: 'source:state_budget' }, { name: 'level:province' }, { name: 'organisation:o1' }, { name: 'strategy:s4' }]);
    expect(series.links.find((l) => l.source === 'source:state_budget')).toMatchObject({
      source: 'source:state_budget',
      value: 1000000.05,
      amount: '1000000.05',
    });
    expect(series.label.formatter({ name: 'strategy:s4' })).toBe('Social Cohesion');
  });

  it('reads the API flow in the UI language', () => {
    const flow = {
      nodes: [
        { id: 'src:state', name_th: 'งบประมาณแผ่นดิน', name_en: 'State budget', kind: 'source' as const },
        { id: 'org:1', name_th: 'สำนักงานจังหวัด', name_en: '', kind: 'organisation' as const },
      ],
      links: [{ source: 'src:state', target: 'org:1', amount: '10.00' }],
    };
    expect(flowLinksFromApi(flow, 'en')).toEqual([
      {
        from: { layer: 'source', key: 'src:state', label: 'State budget' },
        to: { layer: 'organisation', key: 'org:1', label: 'สำนักงานจังหวัด' },
        amount: '10.00',
      },
    ]);
    expect(flowLinksFromApi(flow, 'th')[0].from.label).toBe('งบประมาณแผ่นดิน');
  });

  it('escapes labels in tooltips', () => {
    const evil: FlowNode = { layer: 'organisation', key: 'e', label: '<img src=x onerror=alert(1)>' };
    const model = buildSankeyModel([{ from: state, to: evil, amount: '1' }]);
    const option = sankeyOption(model, text) as { tooltip: { formatter: (p: unknown) => string } };
    expect(option.tooltip.formatter({ dataType: 'node', name: nodeId(evil) })).not.toContain('<img');
  });

  it('writes a table whose amounts add up to the input, exactly (property)', () => {
    const nodes = [state, province, udon, city, ns4];
    const links = fc.array(fc.record({ from: fc.constantFrom(...nodes), to: fc.constantFrom(...nodes), satang: fc.bigInt({ min: 0n, max: 10n ** 15n }) }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(links, (raw) => {
        const input: FlowLink[] = raw.map((l) => ({ from: l.from, to: l.to, amount: `${l.satang / 100n}.${String(l.satang % 100n).padStart(2, '0')}` }));
        const model = buildSankeyModel(input);
        const table = sankeyTable(model, text);
        const total = table.rows.reduce((sum, r) => sum + toSatang(r.amount), 0n);
        expect(total).toBe(raw.reduce((sum, l) => sum + l.satang, 0n));
        // what is drawn never has a cycle: every drawn link goes to a node not yet left from upstream
        const drawn = new Map<string, string[]>();
        for (const l of model.links) drawn.set(l.from, [...(drawn.get(l.from) ?? []), l.to]);
        const visit = (at: string, path: Set<string>): boolean => !path.has(at) && (drawn.get(at) ?? []).every((next) => visit(next, new Set([...path, at])));
        for (const n of model.nodes) expect(visit(n.id, new Set())).toBe(true);
      }),
    );
  });
});
