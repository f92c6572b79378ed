import { Type } from 'typebox';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { App } from './app.js';

export async function healthRoutes(app: App, database: Database): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        security: [],
        response: { 200: Type.Object({ status: Type.Literal('ok'), engine: Type.String() }) },
      },
    },
    async () => {
      await sql`select 1`.execute(database.db);
      return { status: 'ok' as const, engine: database.engine };
    },
  );
}
