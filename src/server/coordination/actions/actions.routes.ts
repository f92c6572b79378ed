import type { App } from '../../http/app.js';
import { Page } from '../../http/list.js';
import { errorResponses, IdParams } from '../../http/schemas.js';
import { requireActor } from '../../http/session.js';
import { ActionDetail, ActionListQuery, ActionView, CreateActionBody, FollowUpBody, InboxQuery, UpdateActionBody } from './actions.schema.js';
import type { ActionsService } from './actions.service.js';

const tags = ['actions'];

export async function actionsRoutes(app: App, actions: ActionsService): Promise<void> {
  app.post(
    '/resolutions/:id/actions',
    { schema: { operationId: 'createAction', tags, params: IdParams, body: CreateActionBody, response: { 201: ActionDetail, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await actions.createAction(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/actions/inbox',
    {
      schema: {
        operationId: 'getActionInbox',
        tags,
        description: 'Open and in-progress actions of the caller’s organisations (admins and secretaries: also their subtrees), soonest due first.',
        querystring: InboxQuery,
        response: { 200: Page(ActionView), ...errorResponses },
      },
    },
    async (request) => actions.inbox(requireActor(request), request.query),
  );

  app.get(
    '/actions/:id',
    { schema: { operationId: 'getAction', tags, params: IdParams, response: { 200: ActionDetail, ...errorResponses } } },
    async (request) => actions.getAction(requireActor(request), request.params.id),
  );

  app.patch(
    '/actions/:id',
    { schema: { operationId: 'updateAction', tags, params: IdParams, body: UpdateActionBody, response: { 200: ActionDetail, ...errorResponses } } },
    async (request) => actions.updateAction(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/actions/:id/follow-ups',
    { schema: { operationId: 'addActionFollowUp', tags, params: IdParams, body: FollowUpBody, response: { 201: ActionDetail, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await actions.addFollowUp(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/organisations/:id/actions',
    {
      schema: {
        operationId: 'listOrganisationActions',
        tags,
        params: IdParams,
        querystring: ActionListQuery,
        response: { 200: Page(ActionView), ...errorResponses },
      },
    },
    async (request) => actions.listForOrganisation(requireActor(request), request.params.id, request.query),
  );
}
