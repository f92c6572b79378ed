import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/test-app.js';
import { demoSessions } from '../coordination.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
const org: Record<string, string> = {};

interface Network {
  nodes: { id: string; code: string; depth: number }[];
  edges: { source: string; target: string; kind: string; label: string; labelTh: string; labelEn: string }[];
  truncated: boolean;
}

/**
 * Constructed data, apart from the demo: A —oversight→ B —funding→ C, and a committee seating
 * C and D (hosted by A). KKN-PO, UNDP-TH, NESDC, MOPH stand in for A, B, C, D.
 */
beforeAll(async () => {
  s = await demoSessions(ctx);
  for (const code of ['KKN-PO', 'UNDP-TH', 'NESDC', 'MOPH', 'UDN-CITY', 'MOI']) org[code] = await ctx.orgId(code);
  // only the constructed relationships below: the demo's own would blur what each hop reaches
  await ctx.db.deleteFrom('relationships').execute();
  await ctx.db
    .insertInto('relationships')
    .values([
      { kind: 'oversight', from_organisation_id: org['KKN-PO'], to_organisation_id: org['UNDP-TH'] },
      { kind: 'funding', from_organisation_id: org['UNDP-TH'], to_organisation_id: org.NESDC },
      { kind: 'mou', from_organisation_id: org['KKN-PO'], to_organisation_id: org.MOI, ends_on: '2001-01-01' },
    ])
    .execute();
  const committee = await ctx.db
    .insertInto('committees')
    .values({ kind: 'task_force', name_th: 'คณะทำงานทดสอบ', name_en: 'Test task force', host_organisation_id: org['KKN-PO'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('committee_members')
    .values([
      { committee_id: committee.id, organisation_id: org.NESDC, role: 'chair' },
      { committee_id: committee.id, organisation_id: org.MOPH, role: 'member' },
      { committee_id: committee.id, organisation_id: org.MOPH, role: 'secretary' },
    ])
    .execute();
});

const get = async (query: string, headers = s.admin.headers, lang = 'en') => {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/network?${query}`, headers: { ...headers, 'accept-language': lang } });
  return { status: response.statusCode, body: response.json() as Network };
};
const codeOf = (body: Network, id: string) => body.nodes.find((n) => n.id === id)!.code;
const edgeList = (body: Network) => body.edges.map((e) => `${codeOf(body, e.source)}-${codeOf(body, e.target)}:${e.kind}:${e.label}`).sort();

describe('GET /network', () => {
  it('needs a sign-in and valid parameters', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/network?organisation=${org['KKN-PO']}` })).statusCode).toBe(401);
    expect((await get(`organisation=${org['KKN-PO']}&depth=4`)).status).toBe(400);
    expect((await get('depth=1')).status).toBe(400);
    expect((await get(`organisation=${org['KKN-PO']}&colour=1`)).status).toBe(400);
    expect((await get('organisation=00000000-0000-4000-8000-000000000009')).status).toBe(404);
  });

  it('walks relationships and shared seats hop by hop', async () => {
    const one = await get(`organisation=${org['KKN-PO']}&depth=1`);
    expect(one.status).toBe(200);
    // the MOU ended long ago: MOI is not a neighbour
    expect(one.body.nodes.map((n) => `${n.code}@${n.depth}`).sort()).toEqual(['KKN-PO@0', 'UNDP-TH@1']);
    expect(edgeList(one.body)).toEqual(['KKN-PO-UNDP-TH:relationship:oversight']);

    const three = await get(`organisation=${org['KKN-PO']}&depth=3`, s.admin.headers, 'th');
    expect(three.body.nodes.map((n) => `${n.code}@${n.depth}`).sort()).toEqual(['KKN-PO@0', 'MOPH@3', 'NESDC@2', 'UNDP-TH@1']);
    const committeeEdge = three.body.edges.find((e) => e.kind === 'committee')!;
    expect(committeeEdge).toMatchObject({ label: 'คณะทำงานทดสอบ', labelEn: 'Test task force' });
    // MOPH holds two seats but the pair is one edge
    expect(three.body.edges.filter((e) => e.kind === 'committee')).toHaveLength(1);
    expect(three.body.edges.find((e) => e.labelEn === 'funding')!.labelTh).toBe('สนับสนุนงบประมาณ');
    expect(three.body.truncated).toBe(false);
  });

  it('stops at the node cap and says so', async () => {
    const capped = await get(`organisation=${org['KKN-PO']}&depth=3&limit=2`);
    expect(capped.body.nodes).toHaveLength(2);
    expect(capped.body.truncated).toBe(true);
  });

  it('draws the demo committee around the municipality, hiding committees the caller cannot read', async () => {
    const reporter = await get(`organisation=${org['UDN-CITY']}`, s.reporter.headers);
    expect(reporter.body.nodes.map((n) => n.code).sort()).toEqual(['DDC', 'UDN-CITY', 'UDN-MUEANG-DO', 'UDN-PAO', 'UDN-PO']);
    expect(reporter.body.edges.every((e) => e.kind === 'committee')).toBe(true);
    const viewer = await get(`organisation=${org['UDN-CITY']}`, s.viewer.headers);
    expect(viewer.body.nodes.map((n) => n.code)).toEqual(['UDN-CITY']);
    expect(viewer.body.edges).toEqual([]);
  });
});
