import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openEmbedded, openServer } from '../db/database.js';
import { withDatabase } from './global-setup.js';

/** Which engine this test project runs on: set per Vitest project. */
export const TEST_ENGINE = process.env.PRASAN_TEST_ENGINE === 'server' ? 'server' : 'embedded';

/**
 * A fresh database for one test file, cloned from the run's migrated and seeded template:
 * embedded PGlite by default, a new database on the PostgreSQL server in the server project.
 */
export async function openTestDatabase(): Promise<Database> {
  const info = inject('dbTemplate');
  if (TEST_ENGINE === 'embedded') {
    const dump = await readFile(info.embeddedDump);
    return openEmbedded({ loadDataDir: new Blob([dump]) });
  }
  if (!info.serverUrl || !info.serverTemplate) throw new Error('The server test project needs TEST_DATABASE_URL');
  const name = `prasan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: info.serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${info.serverTemplate}`);
  await admin.end();
  const database = await openServer(withDatabase(info.serverUrl, name), 4);
  const close = database.close.bind(database);
  return {
    ...database,
    async close() {
      await close();
      const dropper = new pg.Client({ connectionString: info.serverUrl });
      await dropper.connect();
      // FORCE: a backend of the closed pool may not have exited yet
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
