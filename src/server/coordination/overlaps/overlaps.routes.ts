import type { App } from '../../http/app.js';
import { requestLocale } from '../../http/error-handler.js';
import { errorResponses, IdParams } from '../../http/schemas.js';
import { requireActor } from '../../http/session.js';
import type { Db } from '../../db/database.js';
import { CheckBody, CheckResult, ListQuery, PairDetail, PairPage, ResolveBody } from './overlaps.schema.js';
import { createOverlapsService } from './overlaps.service.js';

const tags = ['overlaps'];

export async function overlapsRoutes(app: App, db: Db): Promise<void> {
  const overlaps = createOverlapsService(db);

  app.post(
    '/overlaps/check',
    { schema: { operationId: 'checkOverlaps', tags, body: CheckBody, response: { 200: CheckResult, ...errorResponses } } },
    async (request) => overlaps.check(requireActor(request), requestLocale(request), request.body),
  );

  app.get(
    '/overlaps',
    { schema: { operationId: 'listOverlaps', tags, querystring: ListQuery, response: { 200: PairPage, ...errorResponses } } },
    async (request) => overlaps.list(requireActor(request), requestLocale(request), request.query),
  );

  app.get(
    '/overlaps/:id',
    { schema: { operationId: 'getOverlap', tags, params: IdParams, response: { 200: PairDetail, ...errorResponses } } },
    async (request) => overlaps.getPair(request.actor, requestLocale(request), request.params.id),
  );

  app.post(
    '/overlaps/:id/resolution',
    { schema: { operationId: 'resolveOverlap', tags, params: IdParams, body: ResolveBody, response: { 200: PairDetail, ...errorResponses } } },
    async (request) => overlaps.resolve(requireActor(request), requestLocale(request), request.params.id, request.body),
  );
}
