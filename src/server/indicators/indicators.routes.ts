import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { errorResponses, IdParams, NoContent } from '../http/schemas.js';
import { requireActor } from '../http/session.js';
import { Page } from '../http/list.js';
import {
  CreateIndicatorBody,
  IndicatorListQuery,
  IndicatorSummary,
  IndicatorView,
  PeriodParams,
  ProgressReportView,
  PutProgressReportBody,
  UpdateIndicatorBody,
} from './indicators.schema.js';
import { createIndicatorsService } from './indicators.service.js';
import { measurementsRoutes } from './measurements.routes.js';
import { rollupsRoutes } from './rollups.routes.js';

const tags = ['indicators'];
const VersionQuery = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** Indicators, targets and progress reports; measurements and roll-up reads register beside them. */
export async function indicatorsRoutes(app: App, db: Db): Promise<void> {
  const service = createIndicatorsService(db);

  app.get(
    '/plan-elements/:id/indicators',
    { schema: { operationId: 'listElementIndicators', tags, params: IdParams, response: { 200: Type.Array(IndicatorView), ...errorResponses } } },
    async (request) => service.listIndicators(request.actor, request.params.id),
  );

  app.post(
    '/plan-elements/:id/indicators',
    { schema: { operationId: 'createIndicator', tags, params: IdParams, body: CreateIndicatorBody, response: { 201: IndicatorView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await service.createIndicator(requireActor(request), request.params.id, request.body)),
  );

  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'searchIndicators',
        tags,
        description: 'Indicators on plans the caller may read, highest plan level first; `areaBreakdown=any` lists those the province map can colour.',
        querystring: IndicatorListQuery,
        response: { 200: Page(IndicatorSummary), ...errorResponses },
      },
    },
    async (request) => service.searchIndicators(request.actor, request.query),
  );

  app.get(
    '/indicators/:id',
    { schema: { operationId: 'getIndicator', tags, params: IdParams, response: { 200: IndicatorView, ...errorResponses } } },
    async (request) => service.getIndicator(request.actor, request.params.id),
  );

  app.patch(
    '/indicators/:id',
    { schema: { operationId: 'updateIndicator', tags, params: IdParams, body: UpdateIndicatorBody, response: { 200: IndicatorView, ...errorResponses } } },
    async (request) => service.updateIndicator(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/indicators/:id',
    {
      schema: {
        operationId: 'deleteIndicator',
        tags,
        description: 'Refused while it has measurements or contributors.',
        params: IdParams,
        querystring: VersionQuery,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.deleteIndicator(requireActor(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/plan-elements/:id/progress-reports',
    { schema: { operationId: 'listProgressReports', tags, params: IdParams, response: { 200: Type.Array(ProgressReportView), ...errorResponses } } },
    async (request) => service.listProgressReports(request.actor, request.params.id),
  );

  app.put(
    '/plan-elements/:id/progress-reports/:period',
    {
      schema: {
        operationId: 'putProgressReport',
        tags,
        description: 'Creates or replaces the element’s report for a period (give `version` to replace).',
        params: PeriodParams,
        body: PutProgressReportBody,
        response: { 200: ProgressReportView, ...errorResponses },
      },
    },
    async (request) => service.putProgressReport(requireActor(request), request.params.id, request.params.period, request.body),
  );

  await measurementsRoutes(app, db);
  await rollupsRoutes(app, db);
}
