import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/errors.js';
import type {
  AreaRollup, BudgetFlow, BudgetLineView, ChecksQuery, CreateBudgetLineBody, CreatePledgeBody, CreateTransferBody, ElementRollup, FlowQuery, FundingGap,
  PledgeView, TransferListQuery, TransferView, UpdateBudgetLineBody, UpdatePledgeBody, UpdateTransferBody,
} from './budgets.schema.js';
import type { Static } from 'typebox';
import type { BudgetChecks, BudgetLineHistoryEntry, OrganisationRollup } from './budgets.schema.js';

const notYet = (): never => {
  throw new AppError('internal');
};

/** Budget lines, transfers, pledges, roll-ups, the flow and the checks: one object for the routes. */
export function createBudgetsService(_db: Db) {
  return {
    listLines: async (_actor: Actor | null, _elementId: string, _fy?: number): Promise<BudgetLineView[]> => notYet(),
    createLine: async (_actor: Actor, _elementId: string, _input: CreateBudgetLineBody): Promise<BudgetLineView> => notYet(),
    updateLine: async (_actor: Actor, _id: string, _input: UpdateBudgetLineBody): Promise<BudgetLineView> => notYet(),
    deleteLine: async (_actor: Actor, _id: string, _version: number): Promise<void> => notYet(),
    lineHistory: async (_actor: Actor, _id: string): Promise<Static<typeof BudgetLineHistoryEntry>[]> => notYet(),
    listTransfers: async (_actor: Actor, _query: TransferListQuery): Promise<{ items: TransferView[]; total: number }> => notYet(),
    createTransfer: async (_actor: Actor, _input: CreateTransferBody): Promise<TransferView> => notYet(),
    updateTransfer: async (_actor: Actor, _id: string, _input: UpdateTransferBody): Promise<TransferView> => notYet(),
    deleteTransfer: async (_actor: Actor, _id: string, _version: number): Promise<void> => notYet(),
    listPledges: async (_actor: Actor | null, _elementId: string, _fy?: number): Promise<PledgeView[]> => notYet(),
    createPledge: async (_actor: Actor, _elementId: string, _input: CreatePledgeBody): Promise<PledgeView> => notYet(),
    updatePledge: async (_actor: Actor, _id: string, _input: UpdatePledgeBody): Promise<PledgeView> => notYet(),
    deletePledge: async (_actor: Actor, _id: string, _version: number): Promise<void> => notYet(),
    fundingGaps: async (_actor: Actor | null, _planId: string, _fy?: number): Promise<FundingGap[]> => notYet(),
    elementRollup: async (_actor: Actor | null, _elementId: string, _fy?: number): Promise<ElementRollup> => notYet(),
    organisationRollup: async (_actor: Actor, _id: string, _fy?: number): Promise<Static<typeof OrganisationRollup>> => notYet(),
    areaRollup: async (_actor: Actor, _code: string, _fy?: number): Promise<Static<typeof AreaRollup>> => notYet(),
    flow: async (_actor: Actor, _query: FlowQuery): Promise<BudgetFlow> => notYet(),
    checks: async (_actor: Actor, _query: ChecksQuery): Promise<Static<typeof BudgetChecks>> => notYet(),
  };
}

export type BudgetsService = ReturnType<typeof createBudgetsService>;
