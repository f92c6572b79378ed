import { sql } from 'kysely';
import { fiscalYearRange } from '../../shared/fiscal-year.js';
import { alignDecimals, formatScaled } from '../agreements/decimal.js';
import { candidatePeriods } from '../agreements/agreements.indicators.js';
import type { Db } from '../db/database.js';
import { refreshCell } from '../indicators/rollups.maintain.js';

/**
 * The demo's one signed performance agreement (issue 5): Udon Thani Provincial Office (principal)
 * and Udon Thani City Municipality (agent), with KPIs on demo indicators of the Udon Thani
 * subtree that have verified results. When the results demo has not run (no such indicators),
 * it brings three indicators of its own with a verified yearly value each (roll-ups refreshed as
 * verification does), so the agreement still shows live scores.
 */
export const DEMO_AGREEMENT = {
  titleTh: 'คำรับรองการปฏิบัติราชการ ระหว่างจังหวัดอุดรธานีและเทศบาลนครอุดรธานี',
  titleEn: 'Performance agreement: Udon Thani Province and Udon Thani City Municipality',
} as const;

const FALLBACK_FY = 2569;

interface Picked {
  id: string;
  direction: string;
  base: string;
}

export async function seedDemoAgreements(trx: Db, ids: Map<string, string>): Promise<void> {
  const principalId = ids.get('UDN-PO')!;
  const agentId = ids.get('UDN-CITY')!;
  let { fy, picked } = await resultsIndicators(trx, principalId);
  if (picked.length < 2) ({ fy, picked } = await ownIndicators(trx, agentId));
  const weights = picked.length === 3 ? ['40.00', '30.00', '30.00'] : ['60.00', '40.00'];
  const year = fiscalYearRange(fy);
  const agreement = await trx
    .insertInto('agreements')
    .values({
      principal_organisation_id: principalId,
      agent_organisation_id: agentId,
      fiscal_year: fy,
      period_start: year.start,
      period_end: year.end,
      title_th: DEMO_AGREEMENT.titleTh,
      title_en: DEMO_AGREEMENT.titleEn,
      status: 'signed',
      version: 4,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agreement_kpis')
    .values(
      picked.map((p, i) => {
        const levels = criteriaAround(p.base, p.direction === 'down');
        return {
          agreement_id: agreement.id,
          position: i + 1,
          indicator_id: p.id,
          weight: weights[i],
          level_1: levels[0],
          level_2: levels[1],
          level_3: levels[2],
          level_4: levels[3],
          level_5: levels[4],
        };
      }),
    )
    .execute();
  const approver = await trx.selectFrom('users').select(['id', 'name']).where('email', '=', 'approver@demo.prasan.local').executeTakeFirst();
  await trx
    .insertInto('agreement_signatures')
    .values([
      {
        agreement_id: agreement.id,
        side: 'principal',
        user_id: approver?.id ?? null,
        signer_name: approver?.name ?? 'ผู้ว่าราชการจังหวัดอุดรธานี',
        signed_at: new Date(`${year.start}T10:00:00+07:00`),
      },
      { agreement_id: agreement.id, side: 'agent', user_id: null, signer_name: 'นายกเทศมนตรีนครอุดรธานี', signed_at: new Date(`${year.start}T11:00:00+07:00`) },
    ])
    .execute();
}

/** Level 3 is the target (or the result when there is no target); each level is 10 % of it further. */
export function criteriaAround(base: string, lowerIsBetter: boolean): string[] {
  const { units, scale } = alignDecimals([base]);
  if (units[0] === 0n) return (lowerIsBetter ? [4, 3, 2, 1, 0] : [0, 1, 2, 3, 4]).map(String);
  // 80 %…120 % of the base, turned round when lower is better (or when the base is negative)
  const rising = lowerIsBetter === units[0] < 0n;
  const steps = rising ? [8n, 9n, 10n, 11n, 12n] : [12n, 11n, 10n, 9n, 8n];
  return steps.map((s) => formatScaled(units[0] * s, scale + 1));
}

/** Demo indicators in the Udon Thani subtree with a verified value, in the latest fiscal year that has two or more. */
async function resultsIndicators(trx: Db, principalId: string): Promise<{ fy: number; picked: Picked[] }> {
  const principal = await trx.selectFrom('organisations').select('path').where('id', '=', principalId).executeTakeFirstOrThrow();
  const { rows } = await sql<{ id: string; direction: string; period: string; value: string }>`
    select i.id, i.direction, m.period, m.value::text as value
    from indicators i
    join organisations o on o.id = i.responsible_organisation_id
    join measurements m on m.indicator_id = i.id and m.status = 'verified' and m.superseded_by is null and m.area_code is null
    where o.path like ${`${principal.path}%`} and i.direction in ('up', 'down')
    order by i.code nulls last, i.id`.execute(trx);
  const years = [...new Set(rows.map((r) => Number(r.period.slice(0, 4))))].sort((a, b) => b - a);
  for (const fy of years) {
    const range = fiscalYearRange(fy);
    const periods = candidatePeriods({ fiscalYear: fy, periodStart: range.start, periodEnd: range.end });
    const picked: Picked[] = [];
    for (const id of [...new Set(rows.map((r) => r.id))]) {
      const value = periods.map((p) => rows.find((r) => r.id === id && r.period === p)).find(Boolean);
      if (!value) continue;
      const target = await trx
        .selectFrom('indicator_targets')
        .select('value')
        .where('indicator_id', '=', id)
        .where('period', '=', String(fy))
        .where('area_code', '=', '')
        .executeTakeFirst();
      picked.push({ id, direction: value.direction, base: target?.value ?? value.value });
      if (picked.length === 3) break;
    }
    if (picked.length >= 2) return { fy, picked };
  }
  return { fy: FALLBACK_FY, picked: [] };
}

const OWN = [
  { code: 'UDN-CITY-AG1', th: 'ร้อยละของครัวเรือนที่มีน้ำประปาใช้', en: 'Households with piped water', unit: 'percent', direction: 'up', target: '90', actual: '92.5' },
  {
    code: 'UDN-CITY-AG2',
    th: 'ร้อยละของขยะมูลฝอยที่ได้รับการจัดการอย่างถูกต้อง',
    en: 'Solid waste managed properly',
    unit: 'percent',
    direction: 'up',
    target: '85',
    actual: '80.75',
  },
  { code: 'UDN-CITY-AG3', th: 'จำนวนเรื่องร้องเรียนน้ำท่วมขัง', en: 'Complaints about flooding', unit: 'count', direction: 'down', target: '40', actual: '46' },
] as const;

/** Three municipal indicators under the province well-being strategy, each with a verified yearly value. */
async function ownIndicators(trx: Db, agentId: string): Promise<{ fy: number; picked: Picked[] }> {
  const element = await trx.selectFrom('plan_elements').select(['id', 'plan_id']).where('code', '=', 'UDN-S3').orderBy('id').executeTakeFirstOrThrow();
  const picked: Picked[] = [];
  for (const [i, o] of OWN.entries()) {
    const { id } = await trx
      .insertInto('indicators')
      .values({
        element_id: element.id,
        plan_id: element.plan_id,
        code: o.code,
        name_th: o.th,
        name_en: o.en,
        kind: 'output',
        unit: o.unit,
        direction: o.direction,
        rollup_rule: 'latest',
        responsible_organisation_id: agentId,
        sort_order: 100 + i,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('indicator_targets')
      .values({ indicator_id: id, period: String(FALLBACK_FY), value: o.target })
      .execute();
    await sql`insert into measurements (indicator_id, period, organisation_id, value, status, seq, submitted_at, verified_at)
      values (${id}, ${String(FALLBACK_FY)}, ${agentId}, ${o.actual}, 'verified', nextval('measurement_seq'), now(), now())`.execute(trx);
    // as verification does: the maintained roll-ups stay equal to their recomputation
    await refreshCell(trx, { indicatorId: id, period: String(FALLBACK_FY), areaCode: null, organisationIds: [agentId] });
    picked.push({ id, direction: o.direction, base: o.target });
  }
  return { fy: FALLBACK_FY, picked };
}
