import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Session, TestContext } from '../test-support/test-app.js';

const TABLES = [
  'committees',
  'committee_members',
  'meetings',
  'agenda_items',
  'meeting_attendance',
  'resolutions',
  'action_items',
  'action_follow_ups',
  'audit_log',
] as const;

/** A fingerprint of every coordination table and the audit log: equal before and after a refusal means nothing was written. */
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

export const DEMO_COMMITTEE_EN = 'Udon Thani Province Plan Coordination Committee';

export async function committeeIdByName(db: Db, nameEn: string): Promise<string> {
  return (await db.selectFrom('committees').select('id').where('name_en', '=', nameEn).executeTakeFirstOrThrow()).id;
}

/** Signs in the demo users the coordination tests use. */
export async function demoSessions(ctx: TestContext) {
  const [secretary, planner, reporter, viewer, admin] = await Promise.all(
    ['secretary', 'planner', 'reporter', 'viewer', 'admin'].map((name) => ctx.login(`${name}@demo.prasan.local`)),
  );
  return { secretary, planner, reporter, viewer, admin } as Record<'secretary' | 'planner' | 'reporter' | 'viewer' | 'admin', Session>;
}

/** Headers with a language, for asserting messages. */
export const inLang = (session: Session, lang: 'th' | 'en') => ({ ...session.headers, 'accept-language': lang });
