import type { Actor } from '../auth/actor.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError, fieldError } from '../http/errors.js';
import { canReadPlan } from '../plans/plans.access.js';
import { findElement, findPlan, type ElementRow, type PlanRow } from '../plans/plans.queries.js';

/** The element must exist (404), its plan must be readable, the actor must hold `budget.edit` over the plan's owner (403). */
export async function requireBudgetEditableElement(db: Db, actor: Actor, elementId: string): Promise<{ element: ElementRow; plan: PlanRow }> {
  const element = await findElement(db, elementId);
  if (!element) throw new AppError('not_found');
  const plan = (await findPlan(db, element.plan_id))!;
  if (!canReadPlan(actor, plan) || !reachesPath(actor, 'budget.edit', plan.owner_path)) throw new AppError('forbidden');
  if (plan.is_reference) throw new AppError('conflict', { messageKey: 'budgets.reference_plan' });
  return { element, plan };
}

export function requireFyInPlan(plan: Pick<PlanRow, 'fy_start' | 'fy_end'>, fy: number, path = 'fiscalYear'): void {
  if (fy < plan.fy_start || fy > plan.fy_end) throw fieldError(path, 'budgets.fy_outside_plan', { fy, from: plan.fy_start, to: plan.fy_end });
}

/** Baht takes no rate; any other currency needs a rate and its date. */
export function requireCurrencyFields(value: { currency: string; exchangeRate: string | null; rateDate: string | null }): void {
  if (value.currency === 'THB') {
    if (value.exchangeRate !== null) throw fieldError('exchangeRate', 'budgets.rate_for_thb');
    if (value.rateDate !== null) throw fieldError('rateDate', 'budgets.rate_for_thb');
    return;
  }
  if (value.exchangeRate === null || Number(value.exchangeRate) === 0) throw fieldError('exchangeRate', 'budgets.rate_required');
  if (value.rateDate === null) throw fieldError('rateDate', 'budgets.rate_required');
}
