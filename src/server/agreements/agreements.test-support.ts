import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { refreshCell } from '../indicators/rollups.maintain.js';
import type { Session, TestContext } from '../test-support/test-app.js';

const TABLES = ['agreements', 'agreement_kpis', 'agreement_signatures', 'audit_log'] as const;

/** Equal before and after a refusal means nothing was written to the agreements or the audit log. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const result = await sql<{
      n: number;
      h: string | null;
    }>`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(table)} t`.execute(db);
    out[table] = `${result.rows[0].n}:${result.rows[0].h}`;
  }
  return out;
}

export { DEMO_AGREEMENT } from '../seed/demo-agreements.js';

export async function demoSessions(ctx: TestContext) {
  const [planner, approver, reporter, viewer, admin] = await Promise.all(
    ['planner', 'approver', 'reporter', 'viewer', 'admin'].map((name) => ctx.login(`${name}@demo.prasan.local`)),
  );
  return { planner, approver, reporter, viewer, admin } as Record<'planner' | 'approver' | 'reporter' | 'viewer' | 'admin', Session>;
}

export const inLang = (session: Session | null, lang: 'th' | 'en') => ({ ...(session?.headers ?? {}), 'accept-language': lang });

/**
 * Test data builder: three indicators on a demo element of the Udon Thani province plan, two where
 * higher is better and one where lower is better, responsible organisation the municipality.
 */
export async function testIndicators(db: Db): Promise<{ up: [string, string]; down: string }> {
  const element = await db
    .selectFrom('plan_elements as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .innerJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .select(['e.id', 'e.plan_id'])
    .where('o.code', '=', 'UDN-PO')
    .orderBy('e.id')
    .executeTakeFirstOrThrow();
  const city = await db.selectFrom('organisations').select('id').where('code', '=', 'UDN-CITY').executeTakeFirstOrThrow();
  const make = async (code: string, direction: 'up' | 'down', nameEn: string) =>
    (
      await db
        .insertInto('indicators')
        .values({
          element_id: element.id,
          plan_id: element.plan_id,
          code,
          name_th: `ตัวชี้วัดทดสอบ ${code}`,
          name_en: nameEn,
          kind: 'output',
          unit: 'percent',
          direction,
          rollup_rule: 'mean',
          responsible_organisation_id: city.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const suffix = Math.random().toString(36).slice(2, 7);
  return {
    up: [await make(`T-UP1-${suffix}`, 'up', 'Test: households with clean water'), await make(`T-UP2-${suffix}`, 'up', 'Test: roads repaired')],
    down: await make(`T-DN-${suffix}`, 'down', 'Test: flood complaints'),
  };
}

/** A current verified whole-indicator value, as the results workflow leaves it after verification. */
export async function verifiedValue(db: Db, indicatorId: string, period: string, value: string): Promise<void> {
  const city = await db.selectFrom('organisations').select('id').where('code', '=', 'UDN-CITY').executeTakeFirstOrThrow();
  await sql`insert into measurements (indicator_id, period, organisation_id, value, status, seq, verified_at)
    values (${indicatorId}, ${period}, ${city.id}, ${value}, 'verified', nextval('measurement_seq'), now())`.execute(db);
  await refreshCell(db, { indicatorId, period, areaCode: null, organisationIds: [city.id] });
}
