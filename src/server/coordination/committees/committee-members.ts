import type { Db } from '../../db/database.js';
import { AppError, type FieldProblem } from '../../http/errors.js';
import type { MemberInput, MemberView } from './committees.schema.js';
import type { CommitteeKind, CommitteeStatus } from './committees.tables.js';

/**
 * The seat rules, checked before anything is written: one of organisation or citizen per seat,
 * citizens only on a lay board, no organisation twice in one role, existing organisations, and
 * for an active committee exactly one chair and at least one secretary.
 */
export async function checkMembers(db: Db, kind: CommitteeKind, status: CommitteeStatus, members: MemberInput[], basePath = 'members'): Promise<void> {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const path = `${basePath}.${i}`;
    if ((m.organisationId === undefined) === (m.citizen === undefined)) problems.push({ path, key: 'validation.invalid' });
    if (m.citizen && kind !== 'lay_board') problems.push({ path: `${path}.citizen`, key: 'committees.citizens_lay_board_only' });
    if (m.organisationId) {
      const key = `${m.organisationId}:${m.role}`;
      if (seen.has(key)) problems.push({ path: `${path}.organisationId`, key: 'committees.member_duplicate' });
      seen.add(key);
    }
  });
  const orgIds = [...new Set(members.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
  if (orgIds.length > 0) {
    const found = new Set((await db.selectFrom('organisations').select('id').where('id', 'in', orgIds).execute()).map((r) => r.id));
    members.forEach((m, i) => {
      if (m.organisationId && !found.has(m.organisationId)) problems.push({ path: `${basePath}.${i}.organisationId`, key: 'validation.not_found' });
    });
  }
  if (status === 'active')
    problems.push(
      ...seatProblems(
        members.map((m) => m.role),
        basePath,
      ),
    );
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
}

/** Exactly one chair and at least one secretary. */
export function seatProblems(roles: string[], path = 'members'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const chairs = roles.filter((r) => r === 'chair').length;
  if (chairs !== 1) problems.push({ path, key: 'committees.chair_count', params: { count: chairs } });
  if (!roles.includes('secretary')) problems.push({ path, key: 'committees.secretary_required' });
  return problems;
}

/** Replaces a committee's seats. Organisation seats are rewritten; citizen seats given by id are
 * kept (their attendance stays attached), others are added, and those left out are retired. */
export async function writeMembers(trx: Db, committeeId: string, members: MemberInput[]): Promise<void> {
  const citizenIds = members.flatMap((m) => (m.citizen?.id ? [m.citizen.id] : []));
  const existing = new Set(
    (
      await trx
        .selectFrom('committee_members')
        .select('id')
        .where('committee_id', '=', committeeId)
        .where('citizen_name', 'is not', null)
        .where('removed_at', 'is', null)
        .execute()
    ).map((r) => r.id),
  );
  const problems: FieldProblem[] = [];
  members.forEach((m, i) => {
    if (m.citizen?.id && !existing.has(m.citizen.id)) problems.push({ path: `members.${i}.citizen.id`, key: 'validation.not_found' });
  });
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });

  await trx.deleteFrom('committee_members').where('committee_id', '=', committeeId).where('organisation_id', 'is not', null).execute();
  const retired = [...existing].filter((id) => !citizenIds.includes(id));
  if (retired.length > 0) await trx.updateTable('committee_members').set({ removed_at: new Date() }).where('id', 'in', retired).execute();
  for (const m of members) {
    if (m.citizen?.id) {
      await trx
        .updateTable('committee_members')
        .set({ citizen_name: m.citizen.name, citizen_contact: m.citizen.contact ?? null, role: m.role })
        .where('id', '=', m.citizen.id)
        .execute();
    }
  }
  const inserts = members
    .filter((m) => !m.citizen?.id)
    .map((m) => ({
      committee_id: committeeId,
      organisation_id: m.organisationId ?? null,
      citizen_name: m.citizen?.name ?? null,
      citizen_contact: m.citizen?.contact ?? null,
      role: m.role,
    }));
  if (inserts.length > 0) await trx.insertInto('committee_members').values(inserts).execute();
}

const ROLE_ORDER = { chair: 0, vice_chair: 1, secretary: 2, member: 3 } as const;

const seatName = (m: MemberView) => m.organisation?.nameEn ?? m.citizen?.name ?? '';

/** Current seats: chair, vice-chairs, secretaries, members; by name within a role. */
export async function listMembers(db: Db, committeeId: string): Promise<MemberView[]> {
  const rows = await db
    .selectFrom('committee_members as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.role', 'm.organisation_id', 'm.citizen_name', 'm.citizen_contact', 'o.code', 'o.name_th', 'o.name_en'])
    .where('m.committee_id', '=', committeeId)
    .where('m.removed_at', 'is', null)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      role: r.role,
      organisation: r.organisation_id ? { id: r.organisation_id, code: r.code!, nameTh: r.name_th!, nameEn: r.name_en! } : null,
      citizen: r.citizen_name !== null ? { name: r.citizen_name, contact: r.citizen_contact } : null,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || seatName(a).localeCompare(seatName(b)) || a.id.localeCompare(b.id));
}
