import type { Db } from '../db/database.js';
import type { App } from '../http/app.js';
import { AppError } from '../http/errors.js';
import { Page } from '../http/list.js';
import { errorResponses } from '../http/schemas.js';
import { findAreaWithAncestors, listAreas } from './areas.queries.js';
import { AreaCodeParams, AreaDetail, AreasQuery, AreaView } from './areas.schema.js';

const tags = ['areas'];

/** Geography is public reference data: no sign-in needed to read it. */
export async function areasRoutes(app: App, db: Db): Promise<void> {
  app.get(
    '/areas',
    { schema: { operationId: 'listAreas', tags, security: [], querystring: AreasQuery, response: { 200: Page(AreaView), ...errorResponses } } },
    async (request) => listAreas(db, request.query),
  );

  app.get(
    '/areas/:code',
    { schema: { operationId: 'getArea', tags, security: [], params: AreaCodeParams, response: { 200: AreaDetail, ...errorResponses } } },
    async (request) => {
      const area = await findAreaWithAncestors(db, request.params.code);
      if (!area) throw new AppError('not_found');
      return area;
    },
  );
}
