import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import type { ChecksQuery, FlowQuery } from './budgets.schema.js';
import { createBudgetLines } from './use-cases/budget-lines.js';
import { budgetChecks } from './use-cases/checks.js';
import { budgetFlow } from './use-cases/flow.js';
import { createPledges } from './use-cases/pledges.js';
import { createRollups } from './use-cases/rollups.js';
import { createTransfers } from './use-cases/transfers.js';

/** Budget lines, transfers, pledges, roll-ups, the flow and the checks: one object for the routes. */
export function createBudgetsService(db: Db) {
  return {
    ...createBudgetLines(db),
    ...createTransfers(db),
    ...createPledges(db),
    ...createRollups(db),
    flow: (actor: Actor, query: FlowQuery) => budgetFlow(db, actor, query),
    checks: (actor: Actor, query: ChecksQuery) => budgetChecks(db, actor, query),
  };
}

export type BudgetsService = ReturnType<typeof createBudgetsService>;
