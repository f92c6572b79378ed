import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.record.js';
import type { Actor } from '../auth/actor.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { type AgreementRef, loadAgreement, requireOnPrincipal, requireRead, requireVersion } from './agreements.access.js';
import { listKpiRows, scoredKpis } from './agreements.queries.js';
import type { AgreementView } from './agreements.schema.js';
import { weightedTotal, weightsSumTo100, weightsTotal } from './agreements.scoring.js';
import type { AgreementSide, AgreementStatus } from './agreements.tables.js';

const conflict = (messageKey: string, params?: Record<string, string | number>) => new AppError('conflict', { messageKey, params });

/** Moves the agreement from `from` to `to` unless someone changed it meanwhile. */
async function moveStatus(trx: Db, a: AgreementRef, to: AgreementStatus, extra: { total_score?: string; evaluated_at?: Date } = {}) {
  const result = await trx
    .updateTable('agreements')
    .set({ status: to, ...extra, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', a.id)
    .where('version', '=', a.version)
    .where('status', '=', a.status)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('stale_version');
}

/**
 * draft → proposed → signed (the principal's and the agent's signatures, in either order) →
 * evaluated (year-end scores frozen). A proposed agreement nobody has signed can go back to draft.
 */
export function createAgreementWorkflow(db: Db, view: (actor: Actor, id: string) => Promise<AgreementView>) {
  async function load(actor: Actor, agreementId: string, version: number): Promise<AgreementRef> {
    const a = await loadAgreement(db, agreementId);
    requireRead(actor, a);
    requireVersion(a, version);
    return a;
  }

  return {
    /** Weights must total exactly 100 % (in numeric, not floats) to leave draft. */
    async proposeAgreement(actor: Actor, agreementId: string, version: number): Promise<AgreementView> {
      const a = await load(actor, agreementId, version);
      requireOnPrincipal(actor, 'agreement.edit', a);
      if (a.status !== 'draft') throw conflict('agreements.cannot.propose');
      const weights = (await listKpiRows(db, agreementId)).map((k) => k.weight);
      if (weights.length === 0) throw conflict('agreements.no_kpis');
      if (!weightsSumTo100(weights)) throw conflict('agreements.weights_total', { total: weightsTotal(weights) });
      await db.transaction().execute(async (trx) => {
        await moveStatus(trx, a, 'proposed');
        await recordAudit(trx, actor, {
          entity: 'agreement',
          entityId: a.id,
          action: 'propose',
          organisationId: a.principalId,
          before: { status: a.status },
          after: { status: 'proposed', weights },
        });
      });
      return view(actor, agreementId);
    },

    async withdrawAgreement(actor: Actor, agreementId: string, version: number): Promise<AgreementView> {
      const a = await load(actor, agreementId, version);
      requireOnPrincipal(actor, 'agreement.edit', a);
      const signatures = await db.selectFrom('agreement_signatures').select('side').where('agreement_id', '=', agreementId).execute();
      if (a.status !== 'proposed' || signatures.length > 0) throw conflict('agreements.cannot.withdraw');
      await db.transaction().execute(async (trx) => {
        await moveStatus(trx, a, 'draft');
        await recordAudit(trx, actor, {
          entity: 'agreement',
          entityId: a.id,
          action: 'withdraw',
          organisationId: a.principalId,
          before: { status: a.status },
          after: { status: 'draft' },
        });
      });
      return view(actor, agreementId);
    },

    /**
     * Each side signs through someone holding agreement.sign over that side's organisation; one
     * person cannot sign for both. The second signature makes the agreement signed.
     */
    async signAgreement(actor: Actor, agreementId: string, version: number, side: AgreementSide): Promise<AgreementView> {
      // the scope check comes first so the refusal says whose signature this person cannot give
      const a = await loadAgreement(db, agreementId);
      if (!reachesPath(actor, 'agreement.sign', side === 'principal' ? a.principalPath : a.agentPath)) {
        throw new AppError('forbidden', { messageKey: `agreements.sign_outside_scope.${side}` });
      }
      requireRead(actor, a);
      requireVersion(a, version);
      if (a.status !== 'proposed') throw conflict('agreements.cannot.sign');
      const signatures = await db.selectFrom('agreement_signatures').select(['side', 'user_id']).where('agreement_id', '=', agreementId).execute();
      if (signatures.some((s) => s.side === side)) throw conflict(`agreements.already_signed.${side}`);
      if (actor.via !== 'system' && signatures.some((s) => s.user_id === actor.userId)) throw conflict('agreements.same_signer');
      const complete = signatures.length === 1;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('agreement_signatures')
          .values({ agreement_id: a.id, side, user_id: actor.via === 'system' ? null : actor.userId, signer_name: actor.name })
          .execute();
        if (complete) await moveStatus(trx, a, 'signed');
        else await trx.updateTable('agreements').set({ version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', a.id).execute();
        const organisationId = side === 'principal' ? a.principalId : a.agentId;
        await recordAudit(trx, actor, {
          entity: 'agreement',
          entityId: a.id,
          action: `sign_${side}`,
          organisationId,
          before: { status: a.status },
          after: { status: complete ? 'signed' : a.status, side },
        });
      });
      return view(actor, agreementId);
    },

    /** Year end: the principal freezes each KPI's actual value and score and the weighted total. */
    async evaluateAgreement(actor: Actor, agreementId: string, version: number): Promise<AgreementView> {
      const a = await load(actor, agreementId, version);
      requireOnPrincipal(actor, 'agreement.sign', a);
      if (a.status !== 'signed') throw conflict('agreements.cannot.evaluate');
      const kpis = await scoredKpis(db, a);
      const missing = kpis.filter((k) => k.actualValue === null);
      if (missing.length > 0) {
        const names = missing.map((k) => (actor.locale === 'en' ? k.indicator.nameEn : k.indicator.nameTh)).join(', ');
        throw conflict('agreements.actual_missing', { indicators: names });
      }
      const total = weightedTotal(kpis)!;
      await db.transaction().execute(async (trx) => {
        for (const k of kpis) await trx.updateTable('agreement_kpis').set({ actual_value: k.actualValue, score: k.score }).where('id', '=', k.id).execute();
        await moveStatus(trx, a, 'evaluated', { total_score: total, evaluated_at: new Date() });
        await recordAudit(trx, actor, {
          entity: 'agreement',
          entityId: a.id,
          action: 'evaluate',
          organisationId: a.principalId,
          before: { status: a.status },
          after: {
            status: 'evaluated',
            totalScore: total,
            kpis: kpis.map((k) => ({ indicatorId: k.indicator.id, actualValue: k.actualValue, score: k.score })),
          },
        });
      });
      return view(actor, agreementId);
    },
  };
}
