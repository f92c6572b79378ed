import { Type } from 'typebox';
import { requireAnyScope, scopePaths } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { likeEscape, Page } from '../http/list.js';
import { errorResponses } from '../http/schemas.js';
import { requireActor } from '../http/session.js';

const AuditEntryView = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.String(),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  entity: Type.String(),
  entityId: Type.String(),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

const AuditQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    entity: Type.Optional(Type.String({ maxLength: 50 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    actor: Type.Optional(Type.String({ maxLength: 254 })),
    action: Type.Optional(Type.String({ maxLength: 50 })),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

/** The audit log is read-only here by design: there is no route that changes it. */
export async function auditRoutes(app: App, db: Db): Promise<void> {
  app.get(
    '/audit',
    { schema: { operationId: 'listAudit', tags: ['audit'], querystring: AuditQuery, response: { 200: Page(AuditEntryView), ...errorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      requireAnyScope(actor, 'audit.read');
      const roots = scopePaths(actor, 'audit.read');
      const q = request.query;
      const everything = roots.includes('/') || (await isWholeTree(db, roots));
      let base = db.selectFrom('audit_log as a').leftJoin('organisations as o', 'o.id', 'a.organisation_id');
      if (!everything) base = base.where((eb) => eb.or(roots.map((root) => eb('o.path', 'like', `${likeEscape(root)}%`))));
      if (q.entity) base = base.where('a.entity', '=', q.entity);
      if (q.entityId) base = base.where('a.entity_id', '=', q.entityId);
      if (q.action) base = base.where('a.action', '=', q.action);
      if (q.actor) base = base.where('a.actor_label', 'ilike', `%${likeEscape(q.actor)}%`);
      if (q.from) base = base.where('a.at', '>=', new Date(`${q.from}T00:00:00Z`));
      if (q.to) base = base.where('a.at', '<', new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86400_000));
      const [{ total }] = await base.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await base.selectAll('a').orderBy('a.id', 'desc').limit(q.limit).offset(q.offset).execute();
      return {
        total: Number(total),
        items: rows.map((r) => ({
          id: Number(r.id),
          at: r.at.toISOString(),
          actor: r.actor_label,
          organisationId: r.organisation_id,
          entity: r.entity,
          entityId: r.entity_id,
          action: r.action,
          before: r.before,
          after: r.after,
          requestId: r.request_id,
        })),
      };
    },
  );
}

/** An auditor or admin at a root organisation also sees rows not tied to any organisation. */
async function isWholeTree(db: Db, roots: string[]): Promise<boolean> {
  const topLevel = await db.selectFrom('organisations').select('path').where('parent_id', 'is', null).execute();
  return topLevel.every((t) => roots.some((r) => t.path.startsWith(r)));
}
