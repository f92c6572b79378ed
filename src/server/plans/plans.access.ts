import type { Actor } from '../auth/actor.js';
import type { Permission } from '../auth/permissions.js';
import { reachesPath } from '../auth/policy.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { findElement, findPlan, type ElementRow, type PlanRow } from './plans.queries.js';
import { EDITABLE_STATUSES, PUBLIC_STATUSES } from './plans.tables.js';

export function canReadPlan(actor: Actor | null, plan: Pick<PlanRow, 'status' | 'owner_path'>): boolean {
  if (PUBLIC_STATUSES.includes(plan.status)) return true;
  return !!actor && reachesPath(actor, 'private.read', plan.owner_path);
}

/** 404 when the plan does not exist; 401/403 when it is private and the actor may not read it. */
export async function requireReadablePlan(db: Db, actor: Actor | null, planId: string): Promise<PlanRow> {
  const plan = await findPlan(db, planId);
  if (!plan) throw new AppError('not_found');
  if (!canReadPlan(actor, plan)) throw new AppError(actor ? 'forbidden' : 'unauthenticated');
  return plan;
}

export async function requireReadableElement(db: Db, actor: Actor | null, elementId: string): Promise<{ element: ElementRow; plan: PlanRow }> {
  const element = await findElement(db, elementId);
  if (!element) throw new AppError('not_found');
  return { element, plan: await requireReadablePlan(db, actor, element.plan_id) };
}

/** Throws 403 unless the actor holds `permission` over the plan's owner. */
export function requirePlanPermission(actor: Actor, permission: Permission, plan: PlanRow): void {
  if (!reachesPath(actor, permission, plan.owner_path)) throw new AppError('forbidden');
}

export function requireVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && current !== expected) throw new AppError('stale_version');
}

/** Refuses changes to reference plans and to plans past the draft/returned stage. */
export function requireEditableStatus(plan: PlanRow): void {
  if (plan.is_reference) throw new AppError('conflict', { messageKey: 'plans.reference_read_only' });
  if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError('conflict', { messageKey: `plans.not_editable.${plan.status}` });
}

/** The plan must exist, the actor must hold `plan.edit` over its owner, and it must be editable. */
export async function requireEditablePlan(db: Db, actor: Actor, planId: string): Promise<PlanRow> {
  const plan = await findPlan(db, planId);
  if (!plan) throw new AppError('not_found');
  if (!canReadPlan(actor, plan)) throw new AppError('forbidden');
  requirePlanPermission(actor, 'plan.edit', plan);
  requireEditableStatus(plan);
  return plan;
}

export async function requireEditableElement(db: Db, actor: Actor, elementId: string): Promise<{ element: ElementRow; plan: PlanRow }> {
  const element = await findElement(db, elementId);
  if (!element) throw new AppError('not_found');
  return { element, plan: await requireEditablePlan(db, actor, element.plan_id) };
}
