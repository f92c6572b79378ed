import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlitePool } from './pglite-pool.js';
import type { DB } from './tables.js';

export type Engine = 'embedded' | 'server';

/** One handle over either engine: Kysely for queries, `exec` for multi-statement SQL. */
export interface Database {
  readonly engine: Engine;
  readonly db: Kysely<DB>;
  exec(sqlText: string): Promise<void>;
  /** Runs `work` on one dedicated session (for session-level locks and raw multi-statement SQL). */
  session<T>(work: (run: (sqlText: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Embedded only: the data directory as a tarball, to clone the database cheaply. */
  dump?(): Promise<Blob>;
}

export type Db = Kysely<DB>;

// Both engines return the same JS types: dates stay 'YYYY-MM-DD' strings (no time-zone drift),
// numeric stays a string (money is never a binary float), int8 becomes a number (counts).
const DATE = 1082;
const NUMERIC = 1700;
const INT8 = 20;
pg.types.setTypeParser(DATE, (v: string) => v);
pg.types.setTypeParser(INT8, (v: string) => Number(v));

export async function openEmbedded(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  const pglite = new PGlite({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    parsers: {
      [DATE]: (v: string) => v,
      [NUMERIC]: (v: string) => v,
      [INT8]: (v: string) => Number(v),
      [pgliteTypes.TIMESTAMPTZ]: (v: string) => new Date(v),
    },
  });
  await pglite.waitReady;
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return {
    engine: 'embedded',
    db,
    async exec(sqlText) {
      const lease = await pool.connect();
      try {
        await pglite.exec(sqlText);
      } finally {
        lease.release();
      }
    },
    async session(work) {
      const lease = await pool.connect();
      try {
        return await work(async (sqlText) => {
          const results = await pglite.exec(sqlText);
          return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        lease.release();
      }
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
    async dump() {
      const lease = await pool.connect();
      try {
        return (await pglite.dumpDataDir('none')) as Blob;
      } finally {
        lease.release();
      }
    },
  };
}

export async function openServer(connectionString: string, max = 10): Promise<Database> {
  // JIT compilation costs tens of milliseconds per query and pays off only for long analytics
  const pool = new pg.Pool({ connectionString, max, options: '-c jit=off' });
  // An idle connection the server ends (restart, failover, admin termination) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await pool.query('select 1');
  return {
    engine: 'server',
    db,
    async exec(sqlText) {
      await pool.query(sqlText);
    },
    async session(work) {
      const client = await pool.connect();
      try {
        return await work(async (sqlText) => {
          const result = (await client.query(sqlText)) as unknown as pg.QueryResult | pg.QueryResult[];
          const last = Array.isArray(result) ? result.at(-1) : result;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
