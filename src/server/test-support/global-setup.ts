import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ROOT_DIR } from '../config.js';
import { type Database, openEmbedded, openServer } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { seedDemo, seedReference } from '../seed/seed.js';

export interface TemplateInfo {
  embeddedDump: string;
  serverUrl?: string;
  serverTemplate?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TemplateInfo;
  }
}

async function prepare(database: Database) {
  await migrate(database);
  await seedReference(database);
  await seedDemo(database);
}

/** Builds the migrated, seeded template once per run; every test file clones it (≈1 s, not ≈6 s). */
export default async function setup(project: TestProject) {
  process.env.PRASAN_SCRYPT_N ??= '16384';
  const dir = path.join(ROOT_DIR, '.test-data');
  await mkdir(dir, { recursive: true });
  const info: TemplateInfo = { embeddedDump: path.join(dir, `template-${process.pid}.tar`) };

  const embedded = await openEmbedded({});
  await prepare(embedded);
  const dump = await embedded.dump!();
  await writeFile(info.embeddedDump, Buffer.from(await dump.arrayBuffer()));
  await embedded.close();

  const url = process.env.TEST_DATABASE_URL;
  let admin: pg.Client | undefined;
  if (url) {
    info.serverUrl = url;
    info.serverTemplate = `prasan_tpl_${process.pid}`;
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${info.serverTemplate}`);
    await admin.query(`create database ${info.serverTemplate}`);
    const server = await openServer(withDatabase(url, info.serverTemplate), 2);
    await prepare(server);
    await server.close();
  }
  project.provide('dbTemplate', info);

  return async () => {
    if (admin && info.serverTemplate) {
      await admin.query(`drop database if exists ${info.serverTemplate}`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
