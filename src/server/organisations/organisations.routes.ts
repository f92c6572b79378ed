import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { Page } from '../http/list.js';
import { errorResponses, IdParams, NoContent } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import { listFunctions } from './functions.queries.js';
import { FunctionsQuery, FunctionView } from './functions.schema.js';
import {
  CreateOrganisationBody,
  MemberView,
  OrganisationDetail,
  OrganisationsQuery,
  OrganisationSummary,
  SetAreasBody,
  UpdateOrganisationBody,
} from './organisations.schema.js';
import { createOrganisationsService } from './organisations.service.js';
import { CreateRelationshipBody, RelationshipView } from './relationships.schema.js';
import { createRelationshipsService } from './relationships.service.js';
import { MatrixQuery, ResponsibilityMatrix, ResponsibilityView, SetResponsibilitiesBody } from './responsibilities.schema.js';
import { createResponsibilitiesService } from './responsibilities.service.js';

const tags = ['organisations'];
// the organisation tree, relationships, responsibilities and functions are public information
const security: [] = [];

export async function organisationsRoutes(app: App, db: Db): Promise<void> {
  const organisations = createOrganisationsService(db);
  const relationships = createRelationshipsService(db);
  const responsibilities = createResponsibilitiesService(db);

  app.get(
    '/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        tags,
        security,
        querystring: OrganisationsQuery,
        response: { 200: Page(OrganisationSummary), ...errorResponses },
      },
    },
    async (request) => organisations.listOrganisations(request.query),
  );

  app.post(
    '/organisations',
    { schema: { operationId: 'createOrganisation', tags, body: CreateOrganisationBody, response: { 201: OrganisationDetail, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await organisations.createOrganisation(requireActor(request), request.body)),
  );

  app.get(
    '/organisations/:id',
    { schema: { operationId: 'getOrganisation', tags, security, params: IdParams, response: { 200: OrganisationDetail, ...errorResponses } } },
    async (request) => organisations.getOrganisation(request.params.id),
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        operationId: 'updateOrganisation',
        tags,
        params: IdParams,
        body: UpdateOrganisationBody,
        response: { 200: OrganisationDetail, ...errorResponses },
      },
    },
    async (request) => organisations.updateOrganisation(requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/organisations/:id/areas',
    { schema: { operationId: 'setOrganisationAreas', tags, params: IdParams, body: SetAreasBody, response: { 200: OrganisationDetail, ...errorResponses } } },
    async (request) => organisations.setServedAreas(requireActor(request), request.params.id, request.body.areaCodes),
  );

  app.get(
    '/organisations/:id/members',
    { schema: { operationId: 'listOrganisationMembers', tags, params: IdParams, response: { 200: Type.Array(MemberView), ...errorResponses } } },
    async (request) => organisations.listMembers(requireActor(request), request.params.id),
  );

  app.get(
    '/organisations/:id/relationships',
    {
      schema: {
        operationId: 'listOrganisationRelationships',
        tags,
        security,
        params: IdParams,
        response: { 200: Type.Array(RelationshipView), ...errorResponses },
      },
    },
    async (request) => relationships.listForOrganisation(request.params.id),
  );

  app.post(
    '/relationships',
    { schema: { operationId: 'createRelationship', tags, body: CreateRelationshipBody, response: { 201: RelationshipView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await relationships.createRelationship(requireActor(request), request.body)),
  );

  app.delete(
    '/relationships/:id',
    { schema: { operationId: 'deleteRelationship', tags, params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => {
      await relationships.deleteRelationship(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organisations/:id/responsibilities',
    {
      schema: {
        operationId: 'listOrganisationResponsibilities',
        tags,
        security,
        params: IdParams,
        response: { 200: Type.Array(ResponsibilityView), ...errorResponses },
      },
    },
    async (request) => responsibilities.listForOrganisation(request.params.id),
  );

  app.put(
    '/organisations/:id/responsibilities',
    {
      schema: {
        operationId: 'setOrganisationResponsibilities',
        tags,
        params: IdParams,
        body: SetResponsibilitiesBody,
        response: { 200: Type.Array(ResponsibilityView), ...errorResponses },
      },
    },
    async (request) => responsibilities.setForOrganisation(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/responsibility-matrix',
    {
      schema: { operationId: 'getResponsibilityMatrix', tags, security, querystring: MatrixQuery, response: { 200: ResponsibilityMatrix, ...errorResponses } },
    },
    async (request) => responsibilities.matrix(request.query),
  );

  app.get(
    '/functions',
    {
      schema: {
        operationId: 'listFunctions',
        tags: ['functions'],
        security,
        querystring: FunctionsQuery,
        response: { 200: Page(FunctionView), ...errorResponses },
      },
    },
    async (request) => listFunctions(db, request.query),
  );
}
