import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { Page } from '../http/list.js';
import { errorResponses, IdParams, NoContent } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import { VersionQuery } from '../plans/plans.schema.js';
import {
  AreaCodeParams,
  AreaRollup,
  BudgetChecks,
  BudgetFlow,
  BudgetLineHistoryEntry,
  BudgetLineView,
  ChecksQuery,
  CreateBudgetLineBody,
  CreatePledgeBody,
  CreateTransferBody,
  ElementRollup,
  FlowQuery,
  FundingGap,
  FyQuery,
  OrganisationRollup,
  PledgeView,
  TransferListQuery,
  TransferView,
  UpdateBudgetLineBody,
  UpdatePledgeBody,
  UpdateTransferBody,
} from './budgets.schema.js';
import { createBudgetsService } from './budgets.service.js';

const tags = ['budgets'];

export async function budgetsRoutes(app: App, db: Db): Promise<void> {
  const budgets = createBudgetsService(db);

  app.get(
    '/plan-elements/:id/budget-lines',
    {
      schema: {
        operationId: 'listBudgetLines',
        tags,
        params: IdParams,
        querystring: FyQuery,
        response: { 200: Type.Array(BudgetLineView), ...errorResponses },
      },
    },
    async (request) => budgets.listLines(request.actor, request.params.id, request.query.fy),
  );
  app.post(
    '/plan-elements/:id/budget-lines',
    { schema: { operationId: 'createBudgetLine', tags, params: IdParams, body: CreateBudgetLineBody, response: { 201: BudgetLineView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await budgets.createLine(requireActor(request), request.params.id, request.body)),
  );
  app.patch(
    '/budget-lines/:id',
    { schema: { operationId: 'updateBudgetLine', tags, params: IdParams, body: UpdateBudgetLineBody, response: { 200: BudgetLineView, ...errorResponses } } },
    async (request) => budgets.updateLine(requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/budget-lines/:id',
    { schema: { operationId: 'deleteBudgetLine', tags, params: IdParams, querystring: VersionQuery, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await budgets.deleteLine(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/budget-lines/:id/history',
    { schema: { operationId: 'getBudgetLineHistory', tags, params: IdParams, response: { 200: Type.Array(BudgetLineHistoryEntry), ...errorResponses } } },
    async (request) => budgets.lineHistory(requireActor(request), request.params.id),
  );

  app.get(
    '/budget-transfers',
    { schema: { operationId: 'listBudgetTransfers', tags, querystring: TransferListQuery, response: { 200: Page(TransferView), ...errorResponses } } },
    async (request) => budgets.listTransfers(requireActor(request), request.query),
  );
  app.post(
    '/budget-transfers',
    { schema: { operationId: 'createBudgetTransfer', tags, body: CreateTransferBody, response: { 201: TransferView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await budgets.createTransfer(requireActor(request), request.body)),
  );
  app.patch(
    '/budget-transfers/:id',
    { schema: { operationId: 'updateBudgetTransfer', tags, params: IdParams, body: UpdateTransferBody, response: { 200: TransferView, ...errorResponses } } },
    async (request) => budgets.updateTransfer(requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/budget-transfers/:id',
    { schema: { operationId: 'deleteBudgetTransfer', tags, params: IdParams, querystring: VersionQuery, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await budgets.deleteTransfer(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/plan-elements/:id/pledges',
    { schema: { operationId: 'listPledges', tags, params: IdParams, querystring: FyQuery, response: { 200: Type.Array(PledgeView), ...errorResponses } } },
    async (request) => budgets.listPledges(request.actor, request.params.id, request.query.fy),
  );
  app.post(
    '/plan-elements/:id/pledges',
    { schema: { operationId: 'createPledge', tags, params: IdParams, body: CreatePledgeBody, response: { 201: PledgeView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await budgets.createPledge(requireActor(request), request.params.id, request.body)),
  );
  app.patch(
    '/budget-pledges/:id',
    { schema: { operationId: 'updatePledge', tags, params: IdParams, body: UpdatePledgeBody, response: { 200: PledgeView, ...errorResponses } } },
    async (request) => budgets.updatePledge(requireActor(request), request.params.id, request.body),
  );
  app.delete(
    '/budget-pledges/:id',
    { schema: { operationId: 'deletePledge', tags, params: IdParams, querystring: VersionQuery, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await budgets.deletePledge(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/plans/:id/funding-gaps',
    { schema: { operationId: 'listFundingGaps', tags, params: IdParams, querystring: FyQuery, response: { 200: Type.Array(FundingGap), ...errorResponses } } },
    async (request) => budgets.fundingGaps(request.actor, request.params.id, request.query.fy),
  );

  app.get(
    '/plan-elements/:id/budget-rollup',
    { schema: { operationId: 'getElementBudgetRollup', tags, params: IdParams, querystring: FyQuery, response: { 200: ElementRollup, ...errorResponses } } },
    async (request) => budgets.elementRollup(request.actor, request.params.id, request.query.fy),
  );
  app.get(
    '/organisations/:id/budget-rollup',
    {
      schema: {
        operationId: 'getOrganisationBudgetRollup',
        tags,
        params: IdParams,
        querystring: FyQuery,
        response: { 200: OrganisationRollup, ...errorResponses },
      },
    },
    async (request) => budgets.organisationRollup(requireActor(request), request.params.id, request.query.fy),
  );
  app.get(
    '/areas/:code/budget-rollup',
    { schema: { operationId: 'getAreaBudgetRollup', tags, params: AreaCodeParams, querystring: FyQuery, response: { 200: AreaRollup, ...errorResponses } } },
    async (request) => budgets.areaRollup(requireActor(request), request.params.code, request.query.fy),
  );

  app.get(
    '/budget-flow',
    { schema: { operationId: 'getBudgetFlow', tags, querystring: FlowQuery, response: { 200: BudgetFlow, ...errorResponses } } },
    async (request) => budgets.flow(requireActor(request), request.query),
  );
  app.get(
    '/budget-checks',
    { schema: { operationId: 'getBudgetChecks', tags, querystring: ChecksQuery, response: { 200: BudgetChecks, ...errorResponses } } },
    async (request) => budgets.checks(requireActor(request), request.query),
  );
}
