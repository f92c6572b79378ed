import { Type } from 'typebox';
import type { App } from '../http/app.js';
import { errorResponses, IdParams, NoContent } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import {
  Alignment,
  AlignmentOrganisations,
  AlignmentOrganisationsQuery,
  AlignmentQuery,
  Chain,
  CreateLinkageBody,
  DisagreementsQuery,
  ElementLinkages,
  ElementRef,
  LinkageView,
  OrphansQuery,
  SearchQuery,
  UpdateLinkageBody,
} from './linkages.schema.js';
import { CreateElementBody, ElementView, MoveElementBody, UpdateElementBody, VersionQuery } from './plans.schema.js';
import type { PlansService } from './plans.service.js';

const tags = ['plan elements'];

export async function elementsRoutes(app: App, plans: PlansService): Promise<void> {
  app.post(
    '/plans/:id/elements',
    { schema: { operationId: 'addPlanElement', tags, params: IdParams, body: CreateElementBody, response: { 201: ElementView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await plans.addElement(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/plans/:id/priority-disagreements',
    {
      schema: {
        operationId: 'listPriorityDisagreements',
        tags,
        params: IdParams,
        querystring: DisagreementsQuery,
        response: { 200: Type.Array(Type.Object({ ...ElementView.properties, gap: Type.Integer() })), ...errorResponses },
      },
    },
    async (request) => plans.priorityDisagreements(request.actor, request.params.id, request.query.minGap),
  );

  app.get(
    '/plans/:id/orphans',
    {
      schema: {
        operationId: 'listPlanOrphans',
        tags,
        params: IdParams,
        querystring: OrphansQuery,
        response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(ElementRef) }), ...errorResponses },
      },
    },
    async (request) => plans.planOrphans(request.actor, request.params.id, request.query),
  );

  // declared before /plan-elements/:id so "search" is not taken for an id
  app.get(
    '/plan-elements/search',
    { schema: { operationId: 'searchPlanElements', tags, querystring: SearchQuery, response: { 200: Type.Array(ElementRef), ...errorResponses } } },
    async (request) => plans.searchTargets(request.actor, request.query),
  );

  app.get(
    '/plan-elements/:id',
    { schema: { operationId: 'getPlanElement', tags, params: IdParams, response: { 200: ElementView, ...errorResponses } } },
    async (request) => plans.getElement(request.actor, request.params.id),
  );

  app.patch(
    '/plan-elements/:id',
    { schema: { operationId: 'updatePlanElement', tags, params: IdParams, body: UpdateElementBody, response: { 200: ElementView, ...errorResponses } } },
    async (request) => plans.updateElement(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/plan-elements/:id/move',
    { schema: { operationId: 'movePlanElement', tags, params: IdParams, body: MoveElementBody, response: { 200: ElementView, ...errorResponses } } },
    async (request) => plans.moveElement(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/plan-elements/:id',
    { schema: { operationId: 'deletePlanElement', tags, params: IdParams, querystring: VersionQuery, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await plans.deleteElement(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/plan-elements/:id/linkages',
    { schema: { operationId: 'listElementLinkages', tags, params: IdParams, response: { 200: ElementLinkages, ...errorResponses } } },
    async (request) => plans.listLinkages(request.actor, request.params.id),
  );

  app.post(
    '/plan-elements/:id/linkages',
    { schema: { operationId: 'createLinkage', tags, params: IdParams, body: CreateLinkageBody, response: { 201: LinkageView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await plans.createLinkage(requireActor(request), request.params.id, request.body)),
  );

  app.patch(
    '/plan-linkages/:id',
    { schema: { operationId: 'updateLinkage', tags, params: IdParams, body: UpdateLinkageBody, response: { 200: LinkageView, ...errorResponses } } },
    async (request) => plans.updateLinkage(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/plan-linkages/:id',
    { schema: { operationId: 'deleteLinkage', tags, params: IdParams, querystring: VersionQuery, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await plans.deleteLinkage(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/plan-elements/:id/alignment',
    { schema: { operationId: 'getAlignment', tags, params: IdParams, querystring: AlignmentQuery, response: { 200: Alignment, ...errorResponses } } },
    async (request) => plans.alignment(request.actor, request.params.id, request.query),
  );

  app.get(
    '/plan-elements/:id/alignment/organisations',
    {
      schema: {
        operationId: 'getAlignmentOrganisations',
        tags,
        params: IdParams,
        querystring: AlignmentOrganisationsQuery,
        response: { 200: AlignmentOrganisations, ...errorResponses },
      },
    },
    async (request) => plans.alignmentOrganisations(request.actor, request.params.id, request.query),
  );

  app.get(
    '/plan-elements/:id/chain',
    { schema: { operationId: 'getElementChain', tags, params: IdParams, response: { 200: Chain, ...errorResponses } } },
    async (request) => plans.chain(request.actor, request.params.id),
  );
}
