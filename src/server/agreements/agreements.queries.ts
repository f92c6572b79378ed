import type { Actor } from '../auth/actor.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { type AgreementRef, onPrincipal } from './agreements.access.js';
import { actualValues, findIndicators } from './agreements.indicators.js';
import type { AgreementSummary, AgreementView, KpiInput, KpiView } from './agreements.schema.js';
import { scoreKpi, weightedTotal, weightsSumTo100, weightsTotal } from './agreements.scoring.js';

const orgRef = (r: { id: string; code: string; name_th: string; name_en: string }) => ({ id: r.id, code: r.code, nameTh: r.name_th, nameEn: r.name_en });

/** `agreements as a` with its principal `p` and agent `g`, as the list and the page show them. */
export function summaryQuery(db: Db) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('organisations as p', 'p.id', 'a.principal_organisation_id')
    .innerJoin('organisations as g', 'g.id', 'a.agent_organisation_id')
    .select([
      'a.id',
      'a.title_th',
      'a.title_en',
      'a.fiscal_year',
      'a.period_start',
      'a.period_end',
      'a.status',
      'a.total_score',
      'p.id as p_id',
      'p.code as p_code',
      'p.name_th as p_name_th',
      'p.name_en as p_name_en',
      'g.id as g_id',
      'g.code as g_code',
      'g.name_th as g_name_th',
      'g.name_en as g_name_en',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;
export const toSummary = (r: SummaryRow): AgreementSummary => ({
  id: r.id,
  titleTh: r.title_th,
  titleEn: r.title_en,
  fiscalYear: r.fiscal_year,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  status: r.status,
  totalScore: r.total_score,
  principal: orgRef({ id: r.p_id, code: r.p_code, name_th: r.p_name_th, name_en: r.p_name_en }),
  agent: orgRef({ id: r.g_id, code: r.g_code, name_th: r.g_name_th, name_en: r.g_name_en }),
});

export async function listKpiRows(db: Db, agreementId: string) {
  return db.selectFrom('agreement_kpis').selectAll().where('agreement_id', '=', agreementId).orderBy('position').execute();
}

/** Replaces the KPI list (positions follow the input order). */
export async function writeKpis(trx: Db, agreementId: string, kpis: KpiInput[]): Promise<void> {
  await trx.deleteFrom('agreement_kpis').where('agreement_id', '=', agreementId).execute();
  if (kpis.length === 0) return;
  await trx
    .insertInto('agreement_kpis')
    .values(
      kpis.map((k, i) => ({
        agreement_id: agreementId,
        position: i + 1,
        indicator_id: k.indicatorId,
        weight: k.weight,
        level_1: k.criteria[0],
        level_2: k.criteria[1],
        level_3: k.criteria[2],
        level_4: k.criteria[3],
        level_5: k.criteria[4],
      })),
    )
    .execute();
}

/**
 * The KPIs with actual values and scores: frozen ones once evaluated, otherwise read live from
 * the results area so a newly verified value shows on the next request.
 */
export async function scoredKpis(db: Db, a: Pick<AgreementRef, 'id' | 'status' | 'fiscalYear' | 'periodStart' | 'periodEnd'>): Promise<KpiView[]> {
  const rows = await listKpiRows(db, a.id);
  const ids = rows.map((r) => r.indicator_id);
  const indicators = await findIndicators(db, ids);
  const live = a.status === 'evaluated' ? new Map<string, string>() : await actualValues(db, ids, a);
  return rows.map((r) => {
    const criteria = [r.level_1, r.level_2, r.level_3, r.level_4, r.level_5];
    const actual = a.status === 'evaluated' ? r.actual_value : (live.get(r.indicator_id) ?? null);
    const indicator = indicators.get(r.indicator_id)!;
    return {
      id: r.id,
      position: r.position,
      indicator,
      weight: r.weight,
      criteria,
      actualValue: actual,
      score: a.status === 'evaluated' ? r.score : actual === null ? null : scoreKpi(criteria, actual),
    };
  });
}

export async function buildView(db: Db, actor: Actor, a: AgreementRef): Promise<AgreementView> {
  const summary = toSummary(await summaryQuery(db).where('a.id', '=', a.id).executeTakeFirstOrThrow());
  const kpis = await scoredKpis(db, a);
  const signatures = await db.selectFrom('agreement_signatures').selectAll().where('agreement_id', '=', a.id).orderBy('signed_at').execute();
  const signed = new Map(signatures.map((s) => [s.side, s]));
  const weights = kpis.map((k) => k.weight);
  const proposed = a.status === 'proposed';
  const signerOf = (side: 'principal' | 'agent') => signed.get(side)?.user_id;
  const mayEdit = onPrincipal(actor, 'agreement.edit', a);
  return {
    ...summary,
    kpis,
    weightsTotal: weightsTotal(weights),
    weightedTotal: a.status === 'evaluated' ? a.row.total_score : weightedTotal(kpis),
    signatures: signatures.map((s) => ({ side: s.side, signerName: s.signer_name, signedAt: s.signed_at.toISOString() })),
    can: {
      edit: mayEdit && a.status === 'draft',
      propose: mayEdit && a.status === 'draft' && weightsSumTo100(weights),
      withdraw: mayEdit && proposed && signatures.length === 0,
      signPrincipal: proposed && !signed.has('principal') && reachesPath(actor, 'agreement.sign', a.principalPath) && signerOf('agent') !== actor.userId,
      signAgent: proposed && !signed.has('agent') && reachesPath(actor, 'agreement.sign', a.agentPath) && signerOf('principal') !== actor.userId,
      evaluate: a.status === 'signed' && onPrincipal(actor, 'agreement.sign', a) && kpis.every((k) => k.score !== null),
    },
    evaluatedAt: a.row.evaluated_at?.toISOString() ?? null,
    version: a.version,
    createdAt: a.row.created_at.toISOString(),
    updatedAt: a.row.updated_at.toISOString(),
  };
}
