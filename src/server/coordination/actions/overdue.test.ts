import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { useTestApp } from '../../test-support/test-app.js';
import { committeeIdByName, DEMO_COMMITTEE_EN } from '../coordination.test-support.js';
import { createActionsService } from './actions.service.js';
import { bangkokToday, isOverdue, transitionProblem } from './overdue.js';

const ctx = useTestApp();

describe('overdue, by the Thai calendar day', () => {
  it('turns a date into today in Bangkok (UTC+7)', () => {
    expect(bangkokToday(new Date('2026-01-15T16:59:59Z'))).toBe('2026-01-15');
    expect(bangkokToday(new Date('2026-01-15T17:00:00Z'))).toBe('2026-01-16');
  });

  it('flags open and in-progress actions due before today only', () => {
    expect(isOverdue('open', '2026-01-14', '2026-01-15')).toBe(true);
    expect(isOverdue('in_progress', '2026-01-14', '2026-01-15')).toBe(true);
    expect(isOverdue('open', '2026-01-15', '2026-01-15')).toBe(false);
    expect(isOverdue('done', '2026-01-01', '2026-01-15')).toBe(false);
    expect(isOverdue('cancelled', '2026-01-01', '2026-01-15')).toBe(false);
  });

  it('allows open → in progress → done | cancelled and nothing out of a closed state', () => {
    expect(transitionProblem('open', 'in_progress')).toBeNull();
    expect(transitionProblem('open', 'done')).toBeNull();
    expect(transitionProblem('in_progress', 'cancelled')).toBeNull();
    expect(transitionProblem('in_progress', 'open')).toBe('actions.no_reopen');
    expect(transitionProblem('done', 'open')).toBe('actions.closed');
    expect(transitionProblem('cancelled', 'in_progress')).toBe('actions.closed');
  });

  it('computes the flag and the overdue filter from the injected clock', async () => {
    const committeeId = await committeeIdByName(ctx.db, DEMO_COMMITTEE_EN);
    const resolution = await ctx.db
      .selectFrom('resolutions as r')
      .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
      .select('r.id')
      .where('m.committee_id', '=', committeeId)
      .executeTakeFirstOrThrow();
    const assignee = await ctx.orgId('UDN-MUEANG-DO');
    await ctx.db
      .insertInto('action_items')
      .values({
        resolution_id: resolution.id,
        committee_id: committeeId,
        assignee_organisation_id: assignee,
        title_th: 'ก',
        title_en: 'fixed-clock action',
        due_on: '2026-01-15',
      })
      .execute();
    const at = (iso: string) => createActionsService(ctx.db, () => new Date(iso));
    const query = { limit: 50, offset: 0 };
    const flag = async (iso: string) =>
      (await at(iso).listForOrganisation(SYSTEM_ACTOR, assignee, query)).items.find((a) => a.titleEn === 'fixed-clock action')!.overdue;
    expect(await flag('2026-01-15T16:59:59Z')).toBe(false);
    expect(await flag('2026-01-15T17:00:00Z')).toBe(true);
    const overdueOnly = async (iso: string) => (await at(iso).listForOrganisation(SYSTEM_ACTOR, assignee, { ...query, overdueOnly: true })).total;
    expect(await overdueOnly('2026-01-15T12:00:00Z')).toBe(0);
    expect(await overdueOnly('2026-01-16T12:00:00Z')).toBe(1);
  });
});
