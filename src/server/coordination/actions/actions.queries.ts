import type { Db } from '../../db/database.js';
import type { ActionView } from './actions.schema.js';
import { isOverdue } from './overdue.js';

/** Action items with what a list shows about them: committee, meeting, resolution, assignee. */
export function actionsQuery(db: Db) {
  return db
    .selectFrom('action_items as a')
    .innerJoin('resolutions as r', 'r.id', 'a.resolution_id')
    .innerJoin('committees as c', 'c.id', 'a.committee_id')
    .innerJoin('organisations as o', 'o.id', 'a.assignee_organisation_id')
    .select([
      'a.id',
      'a.title_th',
      'a.title_en',
      'a.due_on',
      'a.status',
      'a.closed_at',
      'a.version',
      'a.created_at',
      'a.updated_at',
      'a.resolution_id',
      'a.assignee_organisation_id',
      'r.meeting_id',
      'r.number as resolution_number',
      'c.id as committee_id',
      'c.name_th as committee_name_th',
      'c.name_en as committee_name_en',
      'o.code as assignee_code',
      'o.name_th as assignee_name_th',
      'o.name_en as assignee_name_en',
      'o.path as assignee_path',
    ]);
}

export type ActionRow = Awaited<ReturnType<ReturnType<typeof actionsQuery>['executeTakeFirstOrThrow']>>;

export function toActionView(r: ActionRow, today: string): ActionView {
  return {
    id: r.id,
    committee: { id: r.committee_id, nameTh: r.committee_name_th, nameEn: r.committee_name_en },
    meetingId: r.meeting_id,
    resolutionId: r.resolution_id,
    resolutionNumber: r.resolution_number,
    assignee: { id: r.assignee_organisation_id, code: r.assignee_code, nameTh: r.assignee_name_th, nameEn: r.assignee_name_en },
    titleTh: r.title_th,
    titleEn: r.title_en,
    dueOn: r.due_on,
    status: r.status,
    overdue: isOverdue(r.status, r.due_on, today),
    closedAt: r.closed_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The actions of some resolutions, grouped by resolution, in due-date order. */
export async function actionsByResolution(db: Db, resolutionIds: string[], today: string): Promise<Map<string, ActionView[]>> {
  const grouped = new Map<string, ActionView[]>();
  if (resolutionIds.length === 0) return grouped;
  const rows = await actionsQuery(db).where('a.resolution_id', 'in', resolutionIds).orderBy('a.due_on').orderBy('a.created_at').execute();
  for (const row of rows) {
    const list = grouped.get(row.resolution_id) ?? [];
    list.push(toActionView(row, today));
    grouped.set(row.resolution_id, list);
  }
  return grouped;
}

/** Is the organisation holding a current seat on the committee (in any role)? */
export async function isMemberOrganisation(db: Db, committeeId: string, organisationId: string): Promise<boolean> {
  const seat = await db
    .selectFrom('committee_members')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('organisation_id', '=', organisationId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return !!seat;
}
