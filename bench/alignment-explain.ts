/**
 * EXPLAIN ANALYZE of the alignment statement for one National Strategy (or PLAN=code) strategy, on a database
 * left by `KEEP=1 BENCH_DB=… npx tsx bench/alignment.ts` (server only).
 * Run: DB_URL=postgres://postgres@127.0.0.1:5432/prasan_bench_explain [FULL=1] [JIT=1] npx tsx bench/alignment-explain.ts
 */
import { sql } from 'kysely';
import { openServer } from '../src/server/db/database.js';
import { alignmentQuery } from '../src/server/plans/use-cases/alignment.js';
import { ALIGNMENT_HUB_RANK, hubAlignmentQuery } from '../src/server/plans/use-cases/alignment-hub.js';

const database = await openServer(process.env.DB_URL ?? 'postgres://postgres@127.0.0.1:5432/prasan_bench_explain', 1);
const db = database.db;
// PLAN=BENCH-province-1 to explain a province strategy instead
const planCode = process.env.PLAN ?? 'NS-2561-2580';
const ns = await sql<{
  id: string;
  rank: number;
}>`select e.id, p.level_rank as rank from plan_elements e join plans p on p.id = e.plan_id where p.code = ${planCode} and e.kind = 'strategy' order by e.sort_order limit 1`.execute(
  db,
);
const full = process.env.FULL === '1';
// as the service runs it (use-cases/alignment.ts withoutJit); JIT=1 to see the compile cost
if (process.env.JIT !== '1') await sql`set jit = off`.execute(db);
// as the service does: hubs read the maintained state, other elements walk
const statement = ns.rows[0].rank >= ALIGNMENT_HUB_RANK ? hubAlignmentQuery : alignmentQuery;
const compiled = statement(null, ns.rows[0].id, ns.rows[0].rank, { limit: 20, offset: 0, coverage: full, orphans: full }).compile(db);
const result = await sql.raw(`explain (analyze, buffers off) ${inline(compiled.sql, compiled.parameters)}`).execute(db);
for (const row of result.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN']);
await database.close();

/** Inlines $n parameters as literals so EXPLAIN sees the statement as the service sends it. */
function inline(text: string, params: readonly unknown[]) {
  return text.replace(/\$(\d+)/g, (_, n) => {
    const v = params[Number(n) - 1];
    return typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v);
  });
}
