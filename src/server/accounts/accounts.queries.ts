import { sql } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

/** The actor for a user: their memberships with each organisation's path (their reach). */
export async function loadActor(db: Db, userId: string, via: Actor['via']): Promise<Actor | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user) return undefined;
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.organisation_id', 'm.role', 'o.path'])
    .where('m.user_id', '=', userId)
    .execute();
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    via,
    memberships: memberships.map((m) => ({ organisationId: m.organisation_id, organisationPath: m.path, role: m.role })),
  };
}

export async function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .select(['user_id', 'csrf_token', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function findApiToken(db: Db, tokenHash: string) {
  return db.selectFrom('api_tokens').select(['id', 'user_id']).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}

/** Failed logins for one account since a moment, in total and per client address. */
export async function countRecentFailures(db: Db, email: string, since: Date) {
  const rows = await db
    .selectFrom('login_attempts')
    .select(['ip', (eb) => eb.fn.countAll<number>().as('n')])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .groupBy('ip')
    .execute();
  const byAddress = new Map(rows.map((r) => [r.ip, Number(r.n)]));
  return {
    total: rows.reduce((sum, r) => sum + Number(r.n), 0),
    fromAddress: (ip: string) => byAddress.get(ip) ?? 0,
  };
}
