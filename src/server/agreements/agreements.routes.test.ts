import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../test-support/test-app.js';
import { fingerprint, demoSessions, inLang, testIndicators } from './agreements.test-support.js';

const ctx = useTestApp();
let s: Awaited<ReturnType<typeof demoSessions>>;
let org: Record<string, string>;
let ind: Awaited<ReturnType<typeof testIndicators>>;

beforeAll(async () => {
  s = await demoSessions(ctx);
  org = {};
  for (const code of ['UDN-PO', 'UDN-CITY', 'KKN-PO', 'NESDC']) org[code] = await ctx.orgId(code);
  ind = await testIndicators(ctx.db);
});

/** FY 2575 has no measurements: live scores stay empty until results are reported. */
const body = (overrides: Record<string, unknown> = {}) => ({
  principalOrganisationId: org['UDN-PO'],
  agentOrganisationId: org['UDN-CITY'],
  fiscalYear: 2575,
  titleTh: 'คำรับรองการปฏิบัติราชการ (ทดสอบ)',
  titleEn: 'Test performance agreement',
  kpis: [
    { indicatorId: ind.up[0], weight: '70.00', criteria: ['60', '70', '80', '90', '100'] },
    { indicatorId: ind.down, weight: '30', criteria: ['25', '20', '15', '10', '5'] },
  ],
  ...overrides,
});

const call = (session: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, lang: 'th' | 'en' = 'en') =>
  ctx.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: inLang(session, lang) });

async function newAgreement(overrides: Record<string, unknown> = {}) {
  const response = await call(s.planner, 'POST', '/agreements', body(overrides));
  if (response.statusCode !== 201) throw new Error(`newAgreement: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; version: number };
}

describe('POST /agreements', () => {
  it('walks 401 → 400 → 403 → 201 and writes an audit row', async () => {
    expect((await call(null, 'POST', '/agreements', body())).statusCode).toBe(401);
    const bad = await call(
      s.planner,
      'POST',
      '/agreements',
      body({ fiscalYear: 'next', extra: 1, kpis: [{ indicatorId: ind.up[0], weight: '12.345', criteria: ['1'] }] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['extra', 'fiscalYear', 'kpis.0.criteria', 'kpis.0.weight']);
    // a reporter of the municipality reads but does not draft; the planner's reach is Udon Thani, not Khon Kaen
    expect((await call(s.reporter, 'POST', '/agreements', body())).statusCode).toBe(403);
    expect((await call(s.planner, 'POST', '/agreements', body({ principalOrganisationId: org['KKN-PO'] }))).statusCode).toBe(403);
    const created = await call(s.planner, 'POST', '/agreements', body());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'draft',
      fiscalYear: 2575,
      periodStart: '2031-10-01',
      periodEnd: '2032-09-30',
      weightsTotal: '100.00',
      weightedTotal: null,
      principal: { code: 'UDN-PO' },
      agent: { code: 'UDN-CITY' },
      can: { edit: true, propose: true, signPrincipal: false },
    });
    expect(created.json().kpis.map((k: { weight: string; criteria: string[] }) => [k.weight, k.criteria[4]])).toEqual([
      ['70.00', '100'],
      ['30.00', '5'],
    ]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'organisation_id'])
      .where('entity', '=', 'agreement')
      .where('entity_id', '=', created.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'create', organisation_id: org['UDN-PO'] }]);
  });

  it('refuses bad parties, periods and criteria with reasons in Thai and English, writing nothing', async () => {
    const before = await fingerprint(ctx.db);
    const bad = body({
      agentOrganisationId: org['UDN-PO'],
      periodEnd: '2033-01-31',
      kpis: [
        { indicatorId: ind.up[0], weight: '50', criteria: ['60', '80', '70', '90', '100'] },
        { indicatorId: ind.up[1], weight: '30', criteria: ['100', '90', '80', '70', '60'] },
        { indicatorId: ind.up[0], weight: '10', criteria: ['1', '2', '3', '4', '5'] },
        { indicatorId: '00000000-0000-4000-8000-000000000000', weight: '10', criteria: ['1', '2', '3', '4', '5'] },
      ],
    });
    const en = await call(s.planner, 'POST', '/agreements', bad, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([
      { path: 'agentOrganisationId', message: 'the principal and the agent must be different organisations' },
      { path: 'periodEnd', message: 'must fall within fiscal year 2575' },
      { path: 'kpis.0.criteria', message: 'the five levels must strictly rise or strictly fall' },
      { path: 'kpis.1.criteria', message: 'higher is better for this indicator: the levels must rise from 1 to 5' },
      { path: 'kpis.2.indicatorId', message: 'this indicator is already a KPI of the agreement' },
      { path: 'kpis.3.indicatorId', message: 'does not exist' },
    ]);
    const th = await call(s.planner, 'POST', '/agreements', bad, 'th');
    expect(th.json().error.fields[0].message).toBe('ผู้รับคำรับรองและผู้ทำคำรับรองต้องเป็นคนละหน่วยงานกัน');
    expect(th.json().error.fields[3].message).toBe('ตัวชี้วัดนี้ยิ่งสูงยิ่งดี เกณฑ์ต้องเพิ่มขึ้นจากระดับ 1 ถึง 5');
    expect(await fingerprint(ctx.db)).toEqual(before);
  });
});

describe('GET /agreements and /agreements/:id', () => {
  it('walks 401 → 400 → 403 → 200, and lists only what either party’s staff may read', async () => {
    const { id } = await newAgreement();
    expect((await call(null, 'GET', `/agreements/${id}`)).statusCode).toBe(401);
    expect((await call(s.planner, 'GET', '/agreements/not-a-uuid')).statusCode).toBe(400);
    expect((await call(s.planner, 'GET', '/agreements?limit=0')).statusCode).toBe(400);
    // NESDC's viewer is neither party nor above them
    expect((await call(s.viewer, 'GET', `/agreements/${id}`)).statusCode).toBe(403);
    expect((await call(s.viewer, 'GET', '/agreements')).json().items.map((a: { id: string }) => a.id)).not.toContain(id);
    // the agent's reporter reads it
    const read = await call(s.reporter, 'GET', `/agreements/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ edit: false, propose: false, withdraw: false, signPrincipal: false, signAgent: false, evaluate: false });
    const list = await call(s.reporter, 'GET', '/agreements?fiscalYear=2575&status=draft');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toContain(id);
  });
});

describe('KPI weights', () => {
  it('refuses a KPI list whose weights do not total exactly 100 % on create, in Thai and English, writing nothing', async () => {
    const before = await fingerprint(ctx.db);
    const ninety = body({ kpis: body().kpis.map((k, i) => ({ ...k, weight: i === 0 ? '60' : '30' })) });
    const en = await call(s.planner, 'POST', '/agreements', ninety, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([{ path: 'kpis', message: 'the KPI weights must total exactly 100 %; they total 90 %' }]);
    const th = await call(s.planner, 'POST', '/agreements', ninety, 'th');
    expect(th.json().error.fields).toEqual([{ path: 'kpis', message: 'น้ำหนักตัวชี้วัดต้องรวมเป็นร้อยละ 100 พอดี ขณะนี้รวมเป็นร้อยละ 90' }]);
    // over 100 is refused the same way
    const over = await call(s.planner, 'POST', '/agreements', body({ kpis: body().kpis.map((k) => ({ ...k, weight: '50.01' })) }));
    expect(over.json().error.fields).toEqual([{ path: 'kpis', message: 'the KPI weights must total exactly 100 %; they total 100.02 %' }]);
    expect(await fingerprint(ctx.db)).toEqual(before);
    // a draft with no KPIs yet is accepted: the list is filled in later
    const empty = await call(s.planner, 'POST', '/agreements', body({ kpis: [] }));
    expect(empty.statusCode).toBe(201);
    expect(empty.json()).toMatchObject({ weightsTotal: '0', can: { edit: true, propose: false } });
  });
});

describe('PATCH /agreements/:id and proposing', () => {
  it('walks 401 → 400 → 403 → 200; a KPI list is saved only when its weights total exactly 100 %, and only then can it be proposed', async () => {
    const { id, version } = await newAgreement({ kpis: [] });
    const patch = (session: Session | null, payload: unknown, lang: 'th' | 'en' = 'en') => call(session, 'PATCH', `/agreements/${id}`, payload, lang);
    expect((await patch(null, { version })).statusCode).toBe(401);
    expect((await patch(s.planner, { version, titleEn: '' })).statusCode).toBe(400);
    expect((await patch(s.reporter, { version, titleEn: 'x' })).statusCode).toBe(403);

    const before = await fingerprint(ctx.db);
    const empty = await call(s.planner, 'POST', `/agreements/${id}/propose`, { version });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.message).toBe('An agreement needs at least one KPI before it is proposed');
    for (const lang of ['en', 'th'] as const) {
      const refused = await patch(s.planner, { version, kpis: body().kpis.map((k, i) => ({ ...k, weight: i === 0 ? '60' : '30' })) }, lang);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toEqual([
        {
          path: 'kpis',
          message: lang === 'en' ? 'the KPI weights must total exactly 100 %; they total 90 %' : 'น้ำหนักตัวชี้วัดต้องรวมเป็นร้อยละ 100 พอดี ขณะนี้รวมเป็นร้อยละ 90',
        },
      ]);
    }
    // thirds that do not add up to 100 are refused too: no float rounding lets 99.99 through
    const thirds = await patch(s.planner, {
      version,
      kpis: ['33.33', '33.33', '33.33'].map((weight, i) => ({
        indicatorId: [ind.up[0], ind.up[1], ind.down][i],
        weight,
        criteria: i === 2 ? ['5', '4', '3', '2', '1'] : ['1', '2', '3', '4', '5'],
      })),
    });
    expect(thirds.statusCode).toBe(400);
    expect(thirds.json().error.fields[0].message).toContain('99.99 %');
    expect(await fingerprint(ctx.db)).toEqual(before);

    const fixed = await patch(s.planner, { version, kpis: body().kpis });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({ weightsTotal: '100.00', can: { propose: true } });
    const proposed = await call(s.planner, 'POST', `/agreements/${id}/propose`, { version: fixed.json().version });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json().status).toBe('proposed');

    const editing = await patch(s.planner, { version: proposed.json().version, titleEn: 'Changed' });
    expect(editing.statusCode).toBe(409);
    expect(editing.json().error.message).toBe('The agreement has been proposed: withdraw it to draft before editing');
    const actions = await ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'propose']);
  });
});

describe('signing', () => {
  it('walks 401 → 400 → 403 → 200; each side signs in its own scope, one person cannot sign both, and a signed agreement is final', async () => {
    const draft = await newAgreement();
    let version = (await call(s.planner, 'POST', `/agreements/${draft.id}/propose`, { version: draft.version })).json().version as number;
    const sign = (session: Session | null, side: string, lang: 'th' | 'en' = 'en') =>
      call(session, 'POST', `/agreements/${draft.id}/sign`, { version, side }, lang);

    expect((await sign(null, 'principal')).statusCode).toBe(401);
    expect((await sign(s.approver, 'witness')).statusCode).toBe(400);
    const before = await fingerprint(ctx.db);
    const planner = await sign(s.planner, 'principal');
    expect(planner.statusCode).toBe(403);
    expect(planner.json().error.message).toBe('Only an approver of the principal organisation (or of one above it) can sign for the principal');
    expect((await sign(s.planner, 'agent', 'th')).json().error.message).toBe('ผู้ลงนามแทนผู้ทำคำรับรองต้องเป็นผู้อนุมัติของหน่วยงานผู้ทำคำรับรอง (หรือหน่วยงานเหนือขึ้นไป)');
    expect((await call(s.planner, 'POST', `/agreements/${draft.id}/withdraw`, { version: version - 1 })).statusCode).toBe(409);
    expect(await fingerprint(ctx.db)).toEqual(before);

    const principal = await sign(s.approver, 'principal');
    expect(principal.statusCode).toBe(200);
    expect(principal.json()).toMatchObject({ status: 'proposed', signatures: [{ side: 'principal' }], can: { signAgent: false, withdraw: false } });
    version = principal.json().version;

    const snapshot = await fingerprint(ctx.db);
    const again = await sign(s.approver, 'principal');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('The principal has already signed this agreement');
    const both = await sign(s.approver, 'agent');
    expect(both.statusCode).toBe(409);
    expect(both.json().error.message).toBe('The same person cannot sign for both the principal and the agent');
    const withdraw = await call(s.planner, 'POST', `/agreements/${draft.id}/withdraw`, { version });
    expect(withdraw.json().error.message).toBe('Only a proposed agreement that nobody has signed yet can go back to draft');
    expect(await fingerprint(ctx.db)).toEqual(snapshot);

    const agent = await sign(s.admin, 'agent');
    expect(agent.statusCode).toBe(200);
    expect(agent.json().status).toBe('signed');
    expect(agent.json().signatures.map((x: { side: string; signerName: string }) => x.side)).toEqual(['principal', 'agent']);
    version = agent.json().version;

    const afterSigning = await fingerprint(ctx.db);
    const edit = await call(s.planner, 'PATCH', `/agreements/${draft.id}`, { version, titleEn: 'Changed' }, 'th');
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('คำรับรองนี้ลงนามแล้ว ไม่สามารถแก้ไขได้อีก');
    // nothing was reported for FY 2575: evaluation needs every actual value
    const evaluate = await call(s.approver, 'POST', `/agreements/${draft.id}/evaluate`, { version });
    expect(evaluate.statusCode).toBe(409);
    expect(evaluate.json().error.message).toContain('Every KPI needs a verified value for the period before evaluation');
    expect((await call(s.planner, 'POST', `/agreements/${draft.id}/evaluate`, { version })).statusCode).toBe(403);
    expect(await fingerprint(ctx.db)).toEqual(afterSigning);
    const actions = await ctx.db.selectFrom('audit_log').select(['action', 'organisation_id']).where('entity_id', '=', draft.id).orderBy('id').execute();
    expect(actions.slice(-2)).toEqual([
      { action: 'sign_principal', organisation_id: org['UDN-PO'] },
      { action: 'sign_agent', organisation_id: org['UDN-CITY'] },
    ]);
  });
});
