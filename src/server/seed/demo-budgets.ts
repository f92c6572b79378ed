import { randomUUID } from 'node:crypto';
import type { BudgetSource, TransferStatus } from '../../shared/enums.js';
import type { Db } from '../db/database.js';

const FY = 2569;

/** [element code, source, requested, allocated, committed, disbursed] in baht */
type DemoLine = [string, BudgetSource, string, string, string, string];

const LINES: DemoLine[] = [
  ['UDN-S2-P1', 'state_budget', '12000000', '10000000', '8000000', '6500000'],
  // planted for the checks page: the project is allocated more than its programme
  ['UDN-S2-P1-1', 'province_budget', '11250000', '11250000', '9000000', '4000000'],
  ['UDN-S4-P1-1', 'state_budget', '900000', '850000', '600000', '400000'],
  ['PAO-P1-1', 'local_revenue', '3500000', '3200000', '2500000', '1800000'],
  ['PAO-P1-1', 'subsidy_grant', '1500000', '1500000', '1000000', '750000'],
  ['CITY-P1-1', 'subsidy_grant', '2000000', '2000000', '1500000', '900000'],
  ['CITY-P1-1', 'local_revenue', '1200000', '1000000', '800000', '500000'],
  ['DO-S1-1', 'state_budget', '1800000', '1800000', '1200000', '950000'],
  ['SAO-S1-1', 'subsidy_grant', '600000', '600000', '450000', '300000'],
  ['COMM-1', 'other', '50000', '50000', '50000', '35000'],
  // the two road-safety campaigns of demo-overlaps.ts: the overlaps page shows the baht at stake
  ['UDN-S4-2', 'province_budget', '450000', '450000', '300000', '150000'],
  ['CITY-P1-2', 'local_revenue', '380000', '350000', '200000', '100000'],
];

/** [from, to, amount, date, status, funded element codes]: the province passes state money to local governments */
const TRANSFERS: [string, string, string, string, TransferStatus, string[]][] = [
  ['UDN-PO', 'UDN-CITY', '2000000', '2025-11-20', 'disbursed', ['CITY-P1-1']],
  ['UDN-PO', 'UDN-PAO', '1500000', '2025-12-05', 'approved', ['PAO-P1-1']],
  ['UDN-PO', 'UDN-NONGNAKHAM-SAO', '600000', '2026-01-15', 'planned', ['SAO-S1-1']],
];

/**
 * Fiscal year 2569 of money (issue 6, item 7): state and province budget on Udon Thani's
 * programmes, local revenue and subsidies in the PAO, the city and the SAO, transfers from the
 * province to those local governments, one planted over-allocation (UDN-S2-P1-1 above its
 * programme), and an ASEAN work plan programme with a UNDP pledge in US dollars.
 * Lines are inserted directly; the database keeps the flow aggregates and baht equivalents.
 */
export async function seedDemoBudgets(trx: Db, orgIds: Map<string, string>): Promise<void> {
  const elements = await trx
    .selectFrom('plan_elements as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .select(['e.id', 'e.code', 'e.plan_id', 'p.owner_organisation_id', 'p.level_code'])
    .where('e.code', 'in', [...LINES.map((l) => l[0]), ...TRANSFERS.flatMap((t) => t[5])])
    .execute();
  const byCode = new Map(elements.map((e) => [e.code!, e]));
  for (const [code, source, requested, allocated, committed, disbursed] of LINES) {
    const e = byCode.get(code)!;
    await trx
      .insertInto('budget_lines')
      .values({
        element_id: e.id,
        plan_id: e.plan_id,
        organisation_id: e.owner_organisation_id,
        level_code: e.level_code,
        fiscal_year: FY,
        source,
        requested,
        allocated,
        committed,
        disbursed,
      })
      .execute();
  }
  for (const [from, to, amount, date, status, funded] of TRANSFERS) {
    const id = randomUUID();
    await trx
      .insertInto('budget_transfers')
      .values({ id, from_organisation_id: orgIds.get(from)!, to_organisation_id: orgIds.get(to)!, fiscal_year: FY, amount, transfer_date: date, status })
      .execute();
    await trx
      .insertInto('budget_transfer_elements')
      .values(funded.map((code) => ({ transfer_id: id, element_id: byCode.get(code)!.id })))
      .execute();
  }
  await seedAseanProgramme(trx, orgIds);
}

/** Thailand's part of an ASEAN work plan: one programme, its state budget and a donor pledge. */
async function seedAseanProgramme(trx: Db, orgIds: Map<string, string>): Promise<void> {
  const owner = orgIds.get('TH-RTG')!;
  const level = await trx.selectFrom('plan_levels').select('rank').where('code', '=', 'asean_work_plan').executeTakeFirstOrThrow();
  const planId = randomUUID();
  await trx
    .insertInto('plans')
    .values({
      id: planId,
      family_id: planId,
      code: 'ASEAN-PS-2568',
      owner_organisation_id: owner,
      level_code: 'asean_work_plan',
      level_rank: level.rank,
      fy_start: 2568,
      fy_end: 2570,
      status: 'approved',
      approved_at: new Date(),
      title_th: 'แผนงานความร่วมมืออาเซียนด้านการบริการสาธารณะ พ.ศ. 2568–2570',
      title_en: 'ASEAN Public Service Cooperation Work Plan 2025–2027',
    })
    .execute();
  const elementId = randomUUID();
  await trx
    .insertInto('plan_elements')
    .values({
      id: elementId,
      lineage_id: elementId,
      plan_id: planId,
      kind: 'programme',
      code: 'ASEAN-PS-P1',
      lead_organisation_id: owner,
      area_codes: ['TH'],
      title_th: 'แผนงานนวัตกรรมการบริการสาธารณะที่ยึดประชาชนเป็นศูนย์กลางในอาเซียน',
      title_en: 'Programme: citizen-centric public service innovation in ASEAN',
    })
    .execute();
  await trx
    .insertInto('budget_lines')
    .values({
      element_id: elementId,
      plan_id: planId,
      organisation_id: owner,
      level_code: 'asean_work_plan',
      fiscal_year: FY,
      source: 'state_budget',
      requested: '20000000',
      allocated: '5000000',
      committed: '2000000',
      disbursed: '1000000',
    })
    .execute();
  await trx
    .insertInto('budget_pledges')
    .values({
      element_id: elementId,
      plan_id: planId,
      partner_organisation_id: orgIds.get('UNDP-TH')!,
      fiscal_year: FY,
      currency: 'USD',
      exchange_rate: '33.50',
      rate_date: '2025-10-01',
      pledged: '300000',
      committed: '150000',
      received: '50000',
      note: 'Dialogue-partner support for the regional innovation awards and peer learning',
    })
    .execute();
}
