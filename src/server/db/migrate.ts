import type { Database } from './database.js';
import { migrations } from './migrations.js';

export interface Migration {
  /** Sorted globally: each domain area owns a block of hundreds (0100 areas, 0200 organisations…). */
  id: string;
  sql: string;
}

const MIGRATION_LOCK = 4242001;

/** Applies pending migrations in order, each in its own transaction, under an advisory lock so
 * several app processes starting together on one server migrate exactly once. */
export async function migrate(database: Database): Promise<string[]> {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  if (new Set(ordered.map((m) => m.id)).size !== ordered.length) throw new Error('Duplicate migration id');
  return database.session(async (run) => {
    await run(`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await run(`create table if not exists schema_migrations (
        id text primary key, applied_at timestamptz not null default now())`);
      const done = new Set((await run('select id from schema_migrations')).map((r) => String(r.id)));
      const applied: string[] = [];
      for (const m of ordered) {
        if (done.has(m.id)) continue;
        try {
          await run(`begin;\n${m.sql}\n;\ninsert into schema_migrations (id) values ('${m.id.replace(/'/g, "''")}');\ncommit;`);
        } catch (error) {
          await run('rollback').catch(() => undefined);
          throw new Error(`Migration ${m.id} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(m.id);
      }
      return applied;
    } finally {
      await run(`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  });
}
