import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { errorResponses, IdParams } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import {
  AreaRollup,
  AreaRollupQuery,
  ElementRollup,
  OrganisationRollup,
  ReportingGrid,
  ReportingGridQuery,
  RollupQuery,
  SecretariatSummary,
} from './indicators.schema.js';
import { createRollupReads } from './rollups.service.js';

const tags = ['results'];

/** Dashboard reads: each is an index lookup into the maintained roll-ups. */
export async function rollupsRoutes(app: App, db: Db): Promise<void> {
  const reads = createRollupReads(db);

  app.get(
    '/plan-elements/:id/rollup',
    {
      schema: {
        operationId: 'getElementRollup',
        tags,
        description: 'Each indicator of the element along the contribution tree (element tree + linkages).',
        params: IdParams,
        querystring: RollupQuery,
        response: { 200: ElementRollup, ...errorResponses },
      },
    },
    async (request) => reads.elementRollup(request.actor, request.params.id, request.query),
  );

  app.get(
    '/organisations/:id/rollup',
    {
      schema: {
        operationId: 'getOrganisationRollup',
        tags,
        description: 'Indicators reported within the organisation’s subtree, aggregated over it.',
        params: IdParams,
        querystring: RollupQuery,
        response: { 200: OrganisationRollup, ...errorResponses },
      },
    },
    async (request) => reads.organisationRollup(request.actor, request.params.id, request.query),
  );

  app.get(
    '/indicators/:id/area-rollup',
    {
      schema: {
        operationId: 'getAreaRollup',
        tags,
        description: 'An area’s value and its children’s (all provinces under TH, a province’s districts) for the map.',
        params: IdParams,
        querystring: AreaRollupQuery,
        response: { 200: AreaRollup, ...errorResponses },
      },
    },
    async (request) => reads.areaRollup(request.actor, request.params.id, request.query),
  );

  app.get(
    '/results/secretariat-summary',
    {
      schema: {
        operationId: 'getSecretariatSummary',
        tags,
        description: 'Each National Strategy element with its indicators’ achievement.',
        querystring: RollupQuery,
        response: { 200: SecretariatSummary, ...errorResponses },
      },
    },
    async (request) => reads.secretariatSummary(request.actor, request.query),
  );

  app.get(
    '/results/reporting-grid',
    {
      schema: {
        operationId: 'getReportingGrid',
        tags,
        description: 'Indicators the actor may report on × the fiscal year’s quarters and the year.',
        querystring: ReportingGridQuery,
        response: { 200: ReportingGrid, ...errorResponses },
      },
    },
    async (request) => reads.reportingGrid(requireActor(request), request.query),
  );
}
