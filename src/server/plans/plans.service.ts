import type { Db } from '../db/database.js';
import { createAlignment } from './use-cases/alignment.js';
import { createElementTree } from './use-cases/element-tree.js';
import { createLinkages } from './use-cases/linkages.js';
import { diffPlanVersions } from './use-cases/plan-diff.js';
import { createPlanWorkflow } from './use-cases/plan-workflow.js';

/** Plans, their element trees, linkages and alignment: one object for the routes. */
export function createPlansService(db: Db) {
  return {
    ...createPlanWorkflow(db),
    ...createElementTree(db),
    ...createLinkages(db),
    ...createAlignment(db),
    diff: (actor: Parameters<typeof diffPlanVersions>[1], fromId: string, toId: string) => diffPlanVersions(db, actor, fromId, toId),
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
