import { recordAudit } from '../../audit/audit.record.js';
import type { Actor } from '../../auth/actor.js';
import { requireOrganisation } from '../../auth/policy.js';
import type { Db } from '../../db/database.js';
import { AppError, type FieldProblem } from '../../http/errors.js';
import { likeEscape } from '../../http/list.js';
import { canManage, loadCommittee, requireManage, requireRead } from './committees.access.js';
import { checkMembers, listMembers, seatProblems, writeMembers } from './committee-members.js';
import type { CommitteeListQuery, CommitteeSummary, CommitteeView, CreateCommitteeBody, MemberInput, UpdateCommitteeBody } from './committees.schema.js';

/** Area and function codes must exist: a scope naming an unknown place matches nothing. */
async function scopeProblems(db: Db, areaCodes: string[] | undefined, functionCodes: string[] | undefined): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [field, table, codes] of [
    ['areaCodes', 'areas', areaCodes],
    ['functionCodes', 'functions', functionCodes],
  ] as const) {
    if (!codes || codes.length === 0) continue;
    const found = new Set((await db.selectFrom(table).select('code').where('code', 'in', codes).execute()).map((r) => r.code));
    codes.forEach((code, i) => {
      if (!found.has(code)) problems.push({ path: `${field}.${i}`, key: 'validation.not_found' });
    });
  }
  return problems;
}

/** The parent must exist and must not be the committee itself or one of its descendants. */
async function parentProblems(db: Db, committeeId: string | null, parentId: string | null | undefined): Promise<FieldProblem[]> {
  if (!parentId) return [];
  let cursor: string | null = parentId;
  for (let hops = 0; cursor && hops < 50; hops++) {
    if (cursor === committeeId) return [{ path: 'parentCommitteeId', key: 'committees.parent_cycle' }];
    const row: { parent_committee_id: string | null } | undefined = await db
      .selectFrom('committees')
      .select('parent_committee_id')
      .where('id', '=', cursor)
      .executeTakeFirst();
    if (!row) return hops === 0 ? [{ path: 'parentCommitteeId', key: 'validation.not_found' }] : [];
    cursor = row.parent_committee_id;
  }
  return [];
}

function summaryQuery(db: Db) {
  return db
    .selectFrom('committees as c')
    .innerJoin('organisations as h', 'h.id', 'c.host_organisation_id')
    .select([
      'c.id',
      'c.kind',
      'c.name_th',
      'c.name_en',
      'c.status',
      'c.parent_committee_id',
      'h.id as host_id',
      'h.code as host_code',
      'h.name_th as host_name_th',
      'h.name_en as host_name_en',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;
const toSummary = (r: SummaryRow): CommitteeSummary => ({
  id: r.id,
  kind: r.kind,
  nameTh: r.name_th,
  nameEn: r.name_en,
  status: r.status,
  parentCommitteeId: r.parent_committee_id,
  host: { id: r.host_id, code: r.host_code, nameTh: r.host_name_th, nameEn: r.host_name_en },
});

export function createCommitteesService(db: Db) {
  async function view(actor: Actor, committeeId: string): Promise<CommitteeView> {
    const committee = await loadCommittee(db, committeeId);
    await requireRead(db, actor, committee);
    const row = await summaryQuery(db)
      .select(['c.description_th', 'c.description_en', 'c.area_codes', 'c.function_codes', 'c.version', 'c.created_at', 'c.updated_at'])
      .where('c.id', '=', committeeId)
      .executeTakeFirstOrThrow();
    return {
      ...toSummary(row),
      descriptionTh: row.description_th,
      descriptionEn: row.description_en,
      areaCodes: row.area_codes,
      functionCodes: row.function_codes,
      members: await listMembers(db, committeeId),
      canManage: canManage(actor, committee),
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  return {
    getCommittee: view,

    /** Name, kind and host of committees are public; members and meetings are not. */
    async listCommittees(query: CommitteeListQuery): Promise<{ items: CommitteeSummary[]; total: number }> {
      let base = summaryQuery(db);
      if (query.kind) base = base.where('c.kind', '=', query.kind);
      if (query.hostOrganisationId) base = base.where('c.host_organisation_id', '=', query.hostOrganisationId);
      if (query.parentCommitteeId) base = base.where('c.parent_committee_id', '=', query.parentCommitteeId);
      if (query.memberOrganisationId) {
        const orgId = query.memberOrganisationId;
        base = base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('committee_members as m')
              .select('m.id')
              .whereRef('m.committee_id', '=', 'c.id')
              .where('m.removed_at', 'is', null)
              .where('m.organisation_id', '=', orgId),
          ),
        );
      }
      if (query.q) {
        const pattern = `%${likeEscape(query.q)}%`;
        base = base.where((eb) => eb.or([eb('c.name_th', 'ilike', pattern), eb('c.name_en', 'ilike', pattern)]));
      }
      const total = await base
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const rows = await base.orderBy('c.name_en').orderBy('c.id').limit(query.limit).offset(query.offset).execute();
      return { items: rows.map(toSummary), total: Number(total.n) };
    },

    async createCommittee(actor: Actor, input: CreateCommitteeBody): Promise<CommitteeView> {
      await requireOrganisation(db, actor, 'committee.manage', input.hostOrganisationId);
      const status = input.status ?? 'active';
      const problems = [...(await scopeProblems(db, input.areaCodes, input.functionCodes)), ...(await parentProblems(db, null, input.parentCommitteeId))];
      if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
      await checkMembers(db, input.kind, status, input.members);
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('committees')
          .values({
            kind: input.kind,
            name_th: input.nameTh,
            name_en: input.nameEn,
            description_th: input.descriptionTh ?? null,
            description_en: input.descriptionEn ?? null,
            host_organisation_id: input.hostOrganisationId,
            parent_committee_id: input.parentCommitteeId ?? null,
            area_codes: input.areaCodes ?? [],
            function_codes: input.functionCodes ?? [],
            status,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeMembers(trx, row.id, input.members);
        await recordAudit(trx, actor, { entity: 'committee', entityId: row.id, action: 'create', organisationId: input.hostOrganisationId, after: input });
        return row.id;
      });
      return view(actor, id);
    },

    async updateCommittee(actor: Actor, committeeId: string, changes: UpdateCommitteeBody): Promise<CommitteeView> {
      const committee = await loadCommittee(db, committeeId);
      requireManage(actor, committee);
      const before = await db.selectFrom('committees').selectAll().where('id', '=', committeeId).executeTakeFirstOrThrow();
      if (changes.version !== undefined && changes.version !== before.version) throw new AppError('stale_version');
      const kind = changes.kind ?? before.kind;
      const status = changes.status ?? before.status;
      const problems = [
        ...(await scopeProblems(db, changes.areaCodes, changes.functionCodes)),
        ...(await parentProblems(db, committeeId, changes.parentCommitteeId)),
      ];
      const members = await listMembers(db, committeeId);
      if (status === 'active') problems.push(...seatProblems(members.map((m) => m.role)));
      if (kind !== 'lay_board' && members.some((m) => m.citizen)) problems.push({ path: 'kind', key: 'committees.citizens_lay_board_only' });
      if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
      await db.transaction().execute(async (trx) => {
        const after = {
          kind,
          status,
          name_th: changes.nameTh ?? before.name_th,
          name_en: changes.nameEn ?? before.name_en,
          description_th: changes.descriptionTh === undefined ? before.description_th : changes.descriptionTh,
          description_en: changes.descriptionEn === undefined ? before.description_en : changes.descriptionEn,
          parent_committee_id: changes.parentCommitteeId === undefined ? before.parent_committee_id : changes.parentCommitteeId,
          area_codes: changes.areaCodes ?? before.area_codes,
          function_codes: changes.functionCodes ?? before.function_codes,
        };
        const updated = await trx
          .updateTable('committees')
          .set({ ...after, version: before.version + 1, updated_at: new Date() })
          .where('id', '=', committeeId)
          .where('version', '=', before.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError('stale_version');
        await recordAudit(trx, actor, {
          entity: 'committee',
          entityId: committeeId,
          action: 'update',
          organisationId: committee.hostOrganisationId,
          before,
          after,
        });
      });
      return view(actor, committeeId);
    },

    async replaceMembers(actor: Actor, committeeId: string, members: MemberInput[]): Promise<CommitteeView> {
      const committee = await loadCommittee(db, committeeId);
      requireManage(actor, committee);
      await checkMembers(db, committee.kind, committee.status, members);
      const before = await listMembers(db, committeeId);
      await db.transaction().execute(async (trx) => {
        await writeMembers(trx, committeeId, members);
        await trx
          .updateTable('committees')
          .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', committeeId)
          .execute();
        await recordAudit(trx, actor, {
          entity: 'committee',
          entityId: committeeId,
          action: 'replace_members',
          organisationId: committee.hostOrganisationId,
          before,
          after: members,
        });
      });
      return view(actor, committeeId);
    },
  };
}

export type CommitteesService = ReturnType<typeof createCommitteesService>;
