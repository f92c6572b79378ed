import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import { reachesPath, requireOrganisation } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { likeEscape } from '../../http/list.js';
import { canManage, canRead, type CommitteeRef, loadCommittee, requireManage, requireRead } from '../committees/committees.access.js';
import type { ActionStatus } from '../committees/committees.tables.js';
import { actionsQuery, isMemberOrganisation, toActionView } from './actions.queries.js';
import type { ActionDetail, ActionListQuery, ActionView, CreateActionBody, FollowUpBody, InboxQuery, UpdateActionBody } from './actions.schema.js';
import { bangkokToday, type Clock, OPEN_STATUSES, transitionProblem } from './overdue.js';

const notMember = () =>
  new AppError('validation_failed', { messageKey: 'actions.assignee_not_member', fields: [{ path: 'assigneeOrganisationId', key: 'meetings.not_a_member' }] });

/** Roles whose reach over the assignee's subtree lets them report progress on its actions. */
function canUpdate(actor: Actor, committee: CommitteeRef, assigneePath: string): boolean {
  return canManage(actor, committee) || reachesPath(actor, 'result.report', assigneePath) || reachesPath(actor, 'committee.manage', assigneePath);
}

type Query = ReturnType<typeof actionsQuery>;

export function createActionsService(db: Db, clock: Clock) {
  const today = () => bangkokToday(clock());

  async function page(base: Query, query: { limit: number; offset: number; overdueOnly?: boolean }, openOnly: boolean) {
    const day = today();
    if (openOnly || query.overdueOnly) base = base.where('a.status', 'in', [...OPEN_STATUSES]);
    if (query.overdueOnly) base = base.where('a.due_on', '<', day);
    const total = await base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await base.orderBy('a.due_on').orderBy('a.created_at').orderBy('a.id').limit(query.limit).offset(query.offset).execute();
    return { items: rows.map((r) => toActionView(r, day)), total: Number(total.n) };
  }

  async function load(actionId: string) {
    const row = await actionsQuery(db).where('a.id', '=', actionId).executeTakeFirst();
    if (!row) throw new AppError('not_found');
    return { row, committee: await loadCommittee(db, row.committee_id) };
  }

  async function detail(actor: Actor, actionId: string): Promise<ActionDetail> {
    const { row, committee } = await load(actionId);
    const updatable = canUpdate(actor, committee, row.assignee_path);
    if (!updatable && !reachesPath(actor, 'private.read', row.assignee_path) && !(await canRead(db, actor, committee))) throw new AppError('forbidden');
    const followUps = await db.selectFrom('action_follow_ups').selectAll().where('action_item_id', '=', actionId).orderBy('created_at').orderBy('id').execute();
    return {
      ...toActionView(row, today()),
      canManage: canManage(actor, committee),
      canUpdate: updatable,
      followUps: followUps.map((f) => ({
        id: f.id,
        notedOn: f.noted_on,
        note: f.note,
        statusFrom: f.status_from,
        statusTo: f.status_to,
        author: f.author_label,
        createdAt: f.created_at.toISOString(),
      })),
    };
  }

  return {
    getAction: detail,

    /** Turns a resolution into work for one member organisation. */
    async createAction(actor: Actor, resolutionId: string, input: CreateActionBody): Promise<ActionDetail> {
      const resolution = await db
        .selectFrom('resolutions as r')
        .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
        .select(['r.id', 'm.committee_id', 'm.status'])
        .where('r.id', '=', resolutionId)
        .executeTakeFirst();
      if (!resolution) throw new AppError('not_found');
      const committee = await loadCommittee(db, resolution.committee_id);
      requireManage(actor, committee);
      if (resolution.status === 'cancelled') throw new AppError('conflict', { messageKey: 'meetings.cancelled' });
      if (!(await isMemberOrganisation(db, committee.id, input.assigneeOrganisationId))) throw notMember();
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('action_items')
          .values({
            resolution_id: resolutionId,
            committee_id: committee.id,
            assignee_organisation_id: input.assigneeOrganisationId,
            title_th: input.titleTh,
            title_en: input.titleEn,
            due_on: input.dueOn,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          entity: 'action_item',
          entityId: row.id,
          action: 'create',
          organisationId: input.assigneeOrganisationId,
          after: { resolutionId, ...input },
        });
        return row.id;
      });
      return detail(actor, id);
    },

    async updateAction(actor: Actor, actionId: string, changes: UpdateActionBody): Promise<ActionDetail> {
      const { row, committee } = await load(actionId);
      requireManage(actor, committee);
      if (changes.version !== undefined && changes.version !== row.version) throw new AppError('stale_version');
      if (row.status === 'done' || row.status === 'cancelled') throw new AppError('conflict', { messageKey: 'actions.closed' });
      if (changes.assigneeOrganisationId && !(await isMemberOrganisation(db, committee.id, changes.assigneeOrganisationId))) throw notMember();
      await db.transaction().execute(async (trx) => {
        const after = {
          assignee_organisation_id: changes.assigneeOrganisationId ?? row.assignee_organisation_id,
          title_th: changes.titleTh ?? row.title_th,
          title_en: changes.titleEn ?? row.title_en,
          due_on: changes.dueOn ?? row.due_on,
        };
        const updated = await trx
          .updateTable('action_items')
          .set({ ...after, version: row.version + 1, updated_at: new Date() })
          .where('id', '=', actionId)
          .where('version', '=', row.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        const before = { assignee_organisation_id: row.assignee_organisation_id, title_th: row.title_th, title_en: row.title_en, due_on: row.due_on };
        await recordAudit(trx, actor, {
          entity: 'action_item',
          entityId: actionId,
          action: 'update',
          organisationId: after.assignee_organisation_id,
          before,
          after,
        });
      });
      return detail(actor, actionId);
    },

    /** A dated progress note, optionally moving the action along open → in progress → done | cancelled. */
    async addFollowUp(actor: Actor, actionId: string, input: FollowUpBody): Promise<ActionDetail> {
      const { row, committee } = await load(actionId);
      if (!canUpdate(actor, committee, row.assignee_path)) throw new AppError('forbidden');
      const to: ActionStatus | null = input.status && input.status !== row.status ? input.status : null;
      const problem = to ? transitionProblem(row.status, to) : null;
      if (problem) throw new AppError('conflict', { messageKey: problem });
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('action_follow_ups')
          .values({
            action_item_id: actionId,
            noted_on: input.notedOn ?? today(),
            note: input.note,
            status_from: row.status,
            status_to: to,
            author_user_id: actor.via === 'system' ? null : actor.userId,
            author_label: actor.name,
          })
          .execute();
        if (to) {
          const closed = to === 'done' || to === 'cancelled';
          const updated = await trx
            .updateTable('action_items')
            .set({ status: to, closed_at: closed ? clock() : null, version: row.version + 1, updated_at: new Date() })
            .where('id', '=', actionId)
            .where('status', '=', row.status)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        }
        await recordAudit(trx, actor, {
          entity: 'action_item',
          entityId: actionId,
          action: 'follow_up',
          organisationId: row.assignee_organisation_id,
          before: { status: row.status },
          after: { status: to ?? row.status, note: input.note },
        });
      });
      return detail(actor, actionId);
    },

    /**
     * Open and in-progress actions for the organisations the actor belongs to: exactly those
     * organisations for most roles; for admins and committee secretaries, also everything below
     * them, since they coordinate the units of their subtree.
     */
    async inbox(actor: Actor, query: InboxQuery): Promise<{ items: ActionView[]; total: number }> {
      const exact = [...new Set(actor.memberships.map((m) => m.organisationId))];
      const roots = [...new Set(actor.memberships.filter((m) => m.role === 'admin' || m.role === 'secretary').map((m) => m.organisationPath))];
      if (exact.length === 0 && roots.length === 0 && actor.via !== 'system') return { items: [], total: 0 };
      let base = actionsQuery(db);
      if (actor.via !== 'system') {
        base = base.where((eb) =>
          eb.or([
            ...(exact.length > 0 ? [eb('a.assignee_organisation_id', 'in', exact)] : []),
            ...roots.map((root) => eb('o.path', 'like', `${likeEscape(root)}%`)),
          ]),
        );
      }
      return page(base, query, true);
    },

    async listForOrganisation(actor: Actor, organisationId: string, query: ActionListQuery) {
      await requireOrganisation(db, actor, 'private.read', organisationId);
      let base = actionsQuery(db).where('a.assignee_organisation_id', '=', organisationId);
      if (query.status) base = base.where('a.status', '=', query.status);
      return page(base, query, false);
    },

    async listForCommittee(actor: Actor, committeeId: string, query: ActionListQuery) {
      const committee = await loadCommittee(db, committeeId);
      await requireRead(db, actor, committee);
      let base = actionsQuery(db).where('a.committee_id', '=', committeeId);
      if (query.status) base = base.where('a.status', '=', query.status);
      return page(base, query, false);
    },
  };
}

export type ActionsService = ReturnType<typeof createActionsService>;
