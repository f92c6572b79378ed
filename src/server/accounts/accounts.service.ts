import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/passwords.js';
import { requireAnyScope, requireOrganisation, scopePaths } from '../auth/policy.js';
import { hashSecret, newSecret } from '../auth/tokens.js';
import type { Db } from '../db/database.js';
import { AppError, fieldError } from '../http/errors.js';
import { likeEscape } from '../http/list.js';
import { countRecentFailures, findUserByEmail } from './accounts.queries.js';
import type { CreateUserBody, Me, UserView } from './accounts.schema.js';
import type { Locale, Role } from './accounts.tables.js';

export const SESSION_DAYS = 14;
// per account and address, and per account from anywhere (a distributed guess at one password)
const MAX_FAILURES = 5;
const MAX_ACCOUNT_FAILURES = 20;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;

async function membershipViews(db: Db, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, UserView['memberships']>();
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.user_id', 'm.organisation_id', 'm.role', 'o.name_th', 'o.name_en'])
    .where('m.user_id', 'in', userIds)
    .orderBy('o.name_en')
    .execute();
  const byUser = new Map<string, UserView['memberships']>();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ id: r.id, organisationId: r.organisation_id, organisationNameTh: r.name_th, organisationNameEn: r.name_en, role: r.role });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

export function createAccountsService(db: Db) {
  return {
    /** Password login. Refuses after repeated failures from one address for one account. */
    async login(email: string, password: string, ip: string) {
      const since = new Date(Date.now() - FAILURE_WINDOW_MS);
      const failures = await countRecentFailures(db, email, since);
      if (failures.fromAddress(ip) >= MAX_FAILURES || failures.total >= MAX_ACCOUNT_FAILURES) throw new AppError('rate_limited');
      const user = await findUserByEmail(db, email);
      // verify against a dummy hash for unknown users so timing does not reveal which e-mails exist
      const ok = (await verifyPassword(password, user?.password_hash ?? DUMMY_HASH)) && !!user && !user.disabled_at;
      await db.insertInto('login_attempts').values({ email, ip, succeeded: ok }).execute();
      await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
      if (!ok || !user) throw new AppError('unauthenticated', { messageKey: 'accounts.bad_credentials' });
      const session = newSecret('ps');
      const csrfToken = randomBytes(24).toString('base64url');
      await db
        .insertInto('sessions')
        .values({ token_hash: session.hash, user_id: user.id, csrf_token: csrfToken, expires_at: new Date(Date.now() + SESSION_DAYS * 86400_000) })
        .execute();
      return { userId: user.id, sessionToken: session.secret, csrfToken };
    },

    async logout(sessionToken: string) {
      await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).execute();
    },

    async me(actor: Actor, sessionToken?: string): Promise<Me> {
      const user = await db.selectFrom('users').select(['id', 'email', 'name', 'locale']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
      const memberships = (await membershipViews(db, [user.id])).get(user.id) ?? [];
      const session = sessionToken
        ? await db.selectFrom('sessions').select('csrf_token').where('token_hash', '=', hashSecret(sessionToken)).executeTakeFirst()
        : undefined;
      return { ...user, memberships, csrfToken: session?.csrf_token };
    },

    async updateMe(actor: Actor, changes: { locale?: Locale; name?: string }) {
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('users').select(['name', 'locale']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
        await trx
          .updateTable('users')
          .set({ ...changes, updated_at: new Date() })
          .where('id', '=', actor.userId)
          .execute();
        await recordAudit(trx, actor, { entity: 'user', entityId: actor.userId, action: 'update', before, after: { ...before, ...changes } });
      });
    },

    /** Changes the password and signs out every other session of the user. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string, keepSessionToken?: string) {
      const user = await db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      if (!(await verifyPassword(currentPassword, user.password_hash))) throw fieldError('currentPassword', 'accounts.wrong_password');
      const hash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: hash, updated_at: new Date() }).where('id', '=', actor.userId).execute();
        let others = trx.deleteFrom('sessions').where('user_id', '=', actor.userId);
        if (keepSessionToken) others = others.where('token_hash', '<>', hashSecret(keepSessionToken));
        await others.execute();
        await recordAudit(trx, actor, { entity: 'user', entityId: actor.userId, action: 'change_password' });
      });
    },

    /** Users holding a membership anywhere inside the admin's reach. */
    async listUsers(actor: Actor, query: { limit: number; offset: number; q?: string }) {
      requireAnyScope(actor, 'members.manage');
      const roots = scopePaths(actor, 'members.manage');
      let base = db.selectFrom('users as u').where((eb) =>
        eb.exists(
          eb
            .selectFrom('memberships as m')
            .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
            .whereRef('m.user_id', '=', 'u.id')
            .where((e) => e.or(roots.map((root) => e('o.path', 'like', `${likeEscape(root)}%`)))),
        ),
      );
      if (query.q) {
        const pattern = `%${likeEscape(query.q)}%`;
        base = base.where((eb) => eb.or([eb('u.email', 'ilike', pattern), eb('u.name', 'ilike', pattern)]));
      }
      const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await base
        .select(['u.id', 'u.email', 'u.name', 'u.locale', 'u.disabled_at', 'u.created_at'])
        .orderBy('u.email')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      const memberships = await membershipViews(
        db,
        rows.map((r) => r.id),
      );
      const items: UserView[] = rows.map((r) => ({
        id: r.id,
        email: r.email,
        name: r.name,
        locale: r.locale,
        disabled: r.disabled_at !== null,
        createdAt: r.created_at.toISOString(),
        memberships: memberships.get(r.id) ?? [],
      }));
      return { items, total: Number(total) };
    },

    async createUser(actor: Actor, input: CreateUserBody): Promise<UserView> {
      for (const m of input.memberships) await requireOrganisation(db, actor, 'members.manage', m.organisationId);
      if (await findUserByEmail(db, input.email)) throw fieldError('email', 'validation.duplicate');
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction().execute(async (trx) => {
        const user = await trx
          .insertInto('users')
          .values({ email: input.email, name: input.name, password_hash: passwordHash, locale: input.locale ?? 'th' })
          .returning(['id'])
          .executeTakeFirstOrThrow();
        const unique = [...new Map(input.memberships.map((m) => [`${m.organisationId}:${m.role}`, m])).values()];
        await trx
          .insertInto('memberships')
          .values(unique.map((m) => ({ user_id: user.id, organisation_id: m.organisationId, role: m.role })))
          .execute();
        await recordAudit(trx, actor, {
          entity: 'user',
          entityId: user.id,
          action: 'create',
          organisationId: unique[0]?.organisationId,
          after: { email: input.email, name: input.name, memberships: unique },
        });
        return user.id;
      });
      return this.getUser(actor, id);
    },

    async getUser(actor: Actor, userId: string): Promise<UserView> {
      const page = await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'locale', 'disabled_at', 'created_at'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!page) throw new AppError('not_found');
      const memberships = (await membershipViews(db, [userId])).get(userId) ?? [];
      const roots = scopePaths(actor, 'members.manage');
      const paths = memberships.length
        ? await db
            .selectFrom('organisations')
            .select('path')
            .where(
              'id',
              'in',
              memberships.map((m) => m.organisationId),
            )
            .execute()
        : [];
      const visible = actor.userId === userId || actor.via === 'system' || paths.some((p) => roots.some((root) => p.path.startsWith(root)));
      if (!visible) throw new AppError('not_found');
      return {
        id: page.id,
        email: page.email,
        name: page.name,
        locale: page.locale,
        disabled: page.disabled_at !== null,
        createdAt: page.created_at.toISOString(),
        memberships,
      };
    },

    async addMembership(actor: Actor, userId: string, organisationId: string, role: Role) {
      await requireOrganisation(db, actor, 'members.manage', organisationId);
      const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      if (!user) throw new AppError('not_found');
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('memberships')
          .values({ user_id: userId, organisation_id: organisationId, role })
          .onConflict((oc) => oc.columns(['user_id', 'organisation_id', 'role']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!row) throw new AppError('conflict', { messageKey: 'accounts.membership_exists' });
        await recordAudit(trx, actor, { entity: 'membership', entityId: row.id, action: 'create', organisationId, after: { userId, organisationId, role } });
      });
      return this.getUser(actor, userId);
    },

    async removeMembership(actor: Actor, membershipId: string) {
      const membership = await db.selectFrom('memberships').selectAll().where('id', '=', membershipId).executeTakeFirst();
      if (!membership) throw new AppError('not_found');
      await requireOrganisation(db, actor, 'members.manage', membership.organisation_id);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('memberships').where('id', '=', membershipId).execute();
        await recordAudit(trx, actor, {
          entity: 'membership',
          entityId: membershipId,
          action: 'delete',
          organisationId: membership.organisation_id,
          before: membership,
        });
      });
    },

    async listTokens(actor: Actor) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', actor.userId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        prefix: r.prefix,
        createdAt: r.created_at.toISOString(),
        lastUsedAt: r.last_used_at?.toISOString() ?? null,
      }));
    },

    /** A new API token for integrations; the secret is returned once and only its hash is kept. */
    async createToken(actor: Actor, name: string) {
      const { secret, hash } = newSecret('pat');
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('api_tokens')
          .values({ user_id: actor.userId, name, token_hash: hash, prefix: secret.slice(0, 10) })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, { entity: 'api_token', entityId: created.id, action: 'create', after: { name, prefix: created.prefix } });
        return created;
      });
      return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.created_at.toISOString(), lastUsedAt: null, secret };
    },

    async revokeToken(actor: Actor, tokenId: string) {
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('api_tokens')
          .set({ revoked_at: sql`now()` })
          .where('id', '=', tokenId)
          .where('user_id', '=', actor.userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found');
        await recordAudit(trx, actor, { entity: 'api_token', entityId: tokenId, action: 'revoke' });
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
