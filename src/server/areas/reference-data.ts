import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { ROOT_DIR } from '../config.js';
import type { Db } from '../db/database.js';

/** Reads a JSON file shipped under reference/ (see reference/SOURCES.md), never from outside the install. */
export async function readReference<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(ROOT_DIR, 'reference', file), 'utf8')) as T;
}

// About 1 MB of JSON a statement at most: comfortably inside any server's limits
const BATCH = 2500;

/**
 * Upserts reference rows, many to a statement: the rows travel as one JSON parameter and are
 * unpacked by jsonb_to_recordset, which is several times faster than per-row values on PGlite.
 * A row that exists is rewritten only when the shipped data changed it, so a re-run on an
 * unchanged install writes nothing. Returns the number of rows inserted or changed. `columns` maps each column (key first) to its SQL type;
 * table and column names are this module's callers' constants, never user input.
 */
export async function upsertReferenceRows(trx: Db, table: string, columns: Record<string, 'text' | 'int'>, rows: Record<string, unknown>[]): Promise<number> {
  const names = Object.keys(columns);
  const [key, ...rest] = names;
  const list = names.join(', ');
  const recordType = names.map((n) => `${n} ${columns[n]}`).join(', ');
  const updates = rest.map((n) => `${n} = excluded.${n}`).join(', ');
  const current = rest.map((n) => `t.${n}`).join(', ');
  const incoming = rest.map((n) => `excluded.${n}`).join(', ');
  let written = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = JSON.stringify(rows.slice(i, i + BATCH));
    const result = await sql`
      insert into ${sql.raw(table)} as t (${sql.raw(list)})
      select ${sql.raw(list)} from jsonb_to_recordset(${batch}::jsonb) as x(${sql.raw(recordType)})
      on conflict (${sql.raw(key)}) do update set ${sql.raw(updates)}
      where (${sql.raw(current)}) is distinct from (${sql.raw(incoming)})`.execute(trx);
    written += Number(result.numAffectedRows ?? 0);
  }
  return written;
}
