import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { Page } from '../http/list.js';
import { errorResponses, IdParams } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import { elementsRoutes } from './elements.routes.js';
import {
  DiffQuery,
  PlanDiff,
  PlanLevelView,
  PlanListQuery,
  PlanTree,
  PlanVersionView,
  PlanView,
  CreatePlanBody,
  ReturnBody,
  TransitionBody,
  UpdatePlanBody,
} from './plans.schema.js';
import { createPlansService } from './plans.service.js';
import type { Transition } from './use-cases/plan-workflow.js';

const tags = ['plans'];

export async function plansRoutes(app: App, db: Db): Promise<void> {
  const plans = createPlansService(db);

  app.get(
    '/plan-levels',
    { schema: { operationId: 'listPlanLevels', tags, security: [], response: { 200: Type.Array(PlanLevelView), ...errorResponses } } },
    async () => plans.listLevels(),
  );

  app.get(
    '/plans',
    { schema: { operationId: 'listPlans', tags, querystring: PlanListQuery, response: { 200: Page(PlanView), ...errorResponses } } },
    async (request) => plans.listPlans(request.actor, request.query),
  );

  app.post(
    '/plans',
    { schema: { operationId: 'createPlan', tags, body: CreatePlanBody, response: { 201: PlanView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await plans.createPlan(requireActor(request), request.body)),
  );

  app.get('/plans/:id', { schema: { operationId: 'getPlan', tags, params: IdParams, response: { 200: PlanView, ...errorResponses } } }, async (request) =>
    plans.getPlan(request.actor, request.params.id),
  );

  app.patch(
    '/plans/:id',
    { schema: { operationId: 'updatePlan', tags, params: IdParams, body: UpdatePlanBody, response: { 200: PlanView, ...errorResponses } } },
    async (request) => plans.updatePlan(requireActor(request), request.params.id, request.body),
  );

  for (const action of ['submit', 'approve', 'activate', 'close'] as Transition[]) {
    app.post(
      `/plans/:id/${action}`,
      {
        schema: { operationId: `${action}Plan`, tags, params: IdParams, body: TransitionBody, response: { 200: PlanView, ...errorResponses } },
      },
      async (request) => plans.transition(requireActor(request), request.params.id, action, request.body.version),
    );
  }

  app.post(
    '/plans/:id/return',
    { schema: { operationId: 'returnPlan', tags, params: IdParams, body: ReturnBody, response: { 200: PlanView, ...errorResponses } } },
    async (request) => plans.transition(requireActor(request), request.params.id, 'return', request.body.version, request.body.comment),
  );

  app.post(
    '/plans/:id/revisions',
    { schema: { operationId: 'revisePlan', tags, params: IdParams, response: { 201: PlanView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await plans.createRevision(requireActor(request), request.params.id)),
  );

  app.get(
    '/plans/:id/versions',
    { schema: { operationId: 'listPlanVersions', tags, params: IdParams, response: { 200: Type.Array(PlanVersionView), ...errorResponses } } },
    async (request) => plans.listVersions(request.actor, request.params.id),
  );

  app.get(
    '/plans/:id/diff',
    { schema: { operationId: 'diffPlanVersions', tags, params: IdParams, querystring: DiffQuery, response: { 200: PlanDiff, ...errorResponses } } },
    async (request) => plans.diff(request.actor, request.query.against, request.params.id),
  );

  app.get(
    '/plans/:id/elements',
    { schema: { operationId: 'getPlanTree', tags, params: IdParams, response: { 200: PlanTree, ...errorResponses } } },
    async (request) => plans.getTree(request.actor, request.params.id),
  );

  await elementsRoutes(app, plans);
}
