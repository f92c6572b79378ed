import path from 'node:path';
import type { Config } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
import { type Database, openEmbedded, openServer } from './database.js';

/** Opens the configured engine: the PostgreSQL server when DATABASE_URL is set, else embedded. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openServer(config.databaseUrl);
  const unlock = lockDataDir(config.dataDir);
  try {
    const database = await openEmbedded({ dataDir: path.join(config.dataDir, 'pgdata') });
    const close = database.close;
    return {
      ...database,
      async close() {
        try {
          await close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
